package org.example.declared;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.List;
import java.util.Set;

/**
 * Columns made unique twice, by {@code @Column(unique = true)} and by the table's unique
 * constraints or a unique index, with or without a name: Hibernate exports one unique constraint for
 * each column. So do the secondary, collection and join tables: a column of an embeddable unique
 * by its {@code @Column(unique = true)} and by the collection table's constraint or index, and a
 * {@code @OneToMany}'s join column, which Hibernate makes unique itself, under a declared constraint.
 */
@Entity
@Table(
    uniqueConstraints = {
      @UniqueConstraint(columnNames = "code"),
      @UniqueConstraint(name = "roster_badge_unique", columnNames = "badge")
    },
    indexes = @Index(name = "roster_tag_unique", columnList = "tag", unique = true))
@SecondaryTable(
    name = "roster_extra",
    uniqueConstraints = @UniqueConstraint(columnNames = "motto"))
public class Roster {
  @Id private Long id;

  @Column(unique = true)
  private String code;

  @Column(unique = true)
  private String badge;

  @Column(unique = true)
  private String tag;

  @Column(table = "roster_extra", unique = true)
  private String motto;

  @ElementCollection
  @CollectionTable(
      name = "roster_pins",
      uniqueConstraints = @UniqueConstraint(columnNames = "code"))
  private Set<Pin> pins;

  @ElementCollection
  @CollectionTable(
      name = "roster_notes",
      indexes = @Index(name = "roster_note_code", columnList = "code", unique = true))
  private List<Pin> notes;

  @OneToMany
  @JoinTable(
      name = "roster_members",
      uniqueConstraints = @UniqueConstraint(name = "roster_member_once", columnNames = "members_id"))
  private Set<Member> members;
}
