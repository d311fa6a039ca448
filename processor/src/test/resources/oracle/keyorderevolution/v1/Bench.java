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

/** Version 1: the constraint lists the key columns in the order Strata gave the key before. */
@Entity
public class Bench {
  @Id Long id;

  @ElementCollection
  @MapKeyColumn(name = "topic")
  @Column(name = "note")
  @CollectionTable(
      name = "bench_notes",
      joinColumns = @JoinColumn(name = "seat_id"),
      uniqueConstraints = @UniqueConstraint(columnNames = {"seat_id", "topic"}))
  Map<String, String> notes;
}
