package org.example.toonejoinrefusals;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Set;

@Entity
public class Cargo {
  @Id Long id;

  @ElementCollection Set<Stop> stops;
}
