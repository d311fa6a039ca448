package org.example.toonejoinrules;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Depot {
  @Id Long id;
}
