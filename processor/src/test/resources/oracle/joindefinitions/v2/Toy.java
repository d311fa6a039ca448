package org.example.joindefinitions;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Toy {
  @Id Long id;
}
