package org.example.naming;

import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

@MappedSuperclass
public class Kept {
  @ManyToOne private Owner keeper;
}
