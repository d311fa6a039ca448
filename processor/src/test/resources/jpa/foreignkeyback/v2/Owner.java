package org.example.foreignkeyback;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The target of the pets' references. */
@Entity
public class Owner {
  @Id private Long id;
}
