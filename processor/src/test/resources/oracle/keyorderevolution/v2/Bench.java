package org.example.keyorderevolution;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.UniqueConstraint;
import java.util.Map;

/**
 * Version 2: the constraint reversed, which orders Hibernate's key [topic, seat_id], and the note
 * shortened.
 */
@Entity
public class Bench {
  @Id Long id;

  @ElementCollection
  @MapKeyColumn(name = "topic")
  @Column(name = "note", length = 100)
  @CollectionTable(
      name = "bench_notes",
      joinColumns = @JoinColumn(name = "seat_id"),
      uniqueConstraints = @UniqueConstraint(columnNames = {"topic", "seat_id"}))
  Map<String, String> notes;
}
