package org.example.renamedtarget;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Staff {
  @Id Long id;

  String name;
}
