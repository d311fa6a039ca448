package org.example.renamedkeygenerated;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Crate {
  @Id Long id;

  String label;
}
