package org.example.renamedtarget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Staff {
  @Id Long id;

  @Column(length = 50)
  String name;
}
