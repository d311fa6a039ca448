package org.example.declared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * Columns made unique twice, by {@code @Column(unique = true)} and by the table's unique
 * constraints or a unique index, with or without a name: Hibernate exports one unique constraint for
 * each column.
 */
@Entity
@Table(
    uniqueConstraints = {
      @UniqueConstraint(columnNames = "code"),
      @UniqueConstraint(name = "roster_badge_unique", columnNames = "badge")
    },
    indexes = @Index(name = "roster_tag_unique", columnList = "tag", unique = true))
public class Roster {
  @Id private Long id;

  @Column(unique = true)
  private String code;

  @Column(unique = true)
  private String badge;

  @Column(unique = true)
  private String tag;
}
