package org.example.toonejoinkeys;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Forklift {
  @Id Long id;
}
