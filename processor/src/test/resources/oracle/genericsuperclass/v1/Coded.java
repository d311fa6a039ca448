package org.example.generics;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

@MappedSuperclass
public abstract class Coded<C> {
  @Id
  @Column(length = 3)
  protected C code;
}
