package org.example.embeddedcollections;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Crew {
  @Id private Long id;
}
