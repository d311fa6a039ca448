package org.example.readonlyreaders;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Vet {
  @Id Long id;
}
