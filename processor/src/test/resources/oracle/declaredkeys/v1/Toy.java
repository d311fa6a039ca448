package org.example.declaredkeys;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Toy {
  @Id private Long id;
}
