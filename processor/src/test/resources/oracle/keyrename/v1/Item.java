package org.example.keyrename;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** A key column named id, the key of map keys, join tables and joined subclasses. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Item {
  @Id Long id;

  String label;
}
