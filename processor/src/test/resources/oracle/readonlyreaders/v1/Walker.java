package org.example.readonlyreaders;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Walker {
  @Id Long id;
}
