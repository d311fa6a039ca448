package org.example.descendingindexes;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Set;

/** Indexes with columns in descending order, on the entity's table and a collection table. */
@Entity
@Table(
    indexes = {
      @Index(name = "recent_by_name", columnList = "name"),
      @Index(name = "recent_first", columnList = "happened DESC, name")
    })
public class RecentEvent {
  @Id private Long id;

  private LocalDateTime happened;

  private String name;

  @ElementCollection
  @CollectionTable(indexes = @Index(name = "recent_tags", columnList = "tags desc"))
  private Set<String> tags;
}
