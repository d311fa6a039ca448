package org.example.toonejoinhierarchy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Plate {
  @Id Long id;
}
