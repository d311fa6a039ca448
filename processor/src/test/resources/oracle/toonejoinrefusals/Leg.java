package org.example.toonejoinrefusals;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Leg {
  @Id Long id;

  @Embedded Stop stop;
}
