package org.example.embeddedcollections;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Pilot {
  @Id private Long id;
}
