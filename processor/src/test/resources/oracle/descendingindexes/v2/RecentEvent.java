package org.example.descendingindexes;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Set;

/** One index turned to descend, another to ascend. */
@Entity
@Table(
    indexes = {
      @Index(name = "recent_by_name", columnList = "name DESC"),
      @Index(name = "recent_first", columnList = "happened, name")
    })
public class RecentEvent {
  @Id private Long id;

  private LocalDateTime happened;

  private String name;

  @ElementCollection
  @CollectionTable(indexes = @Index(name = "recent_tags", columnList = "tags desc"))
  private Set<String> tags;
}
