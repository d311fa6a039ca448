package org.example.embedded;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Keeper {
  @Id private Long id;
}
