package org.example.toonejoinrefusals;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Keeper {
  @Id Long id;
}
