package org.example.embeddedcollections;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Berth {
  @Id private Long id;
}
