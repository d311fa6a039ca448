package org.example.genericgenerators;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A key whose generator the entity that inherits it declares. */
@MappedSuperclass
public abstract class KeyedBase {
  @Id
  @GeneratedValue(generator = "passes")
  private Long id;
}
