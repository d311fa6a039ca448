package org.example.inheritance;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

@MappedSuperclass
public abstract class Identified {
  @Id @GeneratedValue private Long id;
}
