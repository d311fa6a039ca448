package org.example.overrides;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Owner {
  @Id private Long id;

  private String name;
}
