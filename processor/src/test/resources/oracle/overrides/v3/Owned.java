package org.example.overrides;

import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

@MappedSuperclass
public class Owned {
  @ManyToOne private Owner owner;

  @ManyToOne private Owner spare;
}
