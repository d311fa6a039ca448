package org.example.enumdefinitions;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import java.util.Map;
import java.util.Set;

/**
 * Enums in columns their definitions type, as teams write them to keep MariaDB's native enum away:
 * a varchar(32) everywhere, which PostgreSQL checks for the values as Hibernate writes it; so too a
 * map's key.
 */
@Entity
public class Ticket {
  @Id Long id;

  @Enumerated(EnumType.STRING)
  @Column(columnDefinition = "varchar(32)")
  Status status;

  @Enumerated
  @Column(columnDefinition = "smallint")
  Status ordinalStatus;

  @ElementCollection
  @Enumerated(EnumType.STRING)
  @Column(columnDefinition = "varchar(16)")
  Set<Status> history;

  @ElementCollection
  @MapKeyEnumerated(EnumType.STRING)
  @MapKeyColumn(name = "state", columnDefinition = "varchar(20)")
  @Column(name = "hours")
  Map<Status, Integer> hoursByStatus;
}
