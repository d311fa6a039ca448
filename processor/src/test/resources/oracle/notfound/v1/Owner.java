package org.example.notfound;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The entity that pets refer to, whose rows may be gone. */
@Entity
public class Owner {
  @Id private Long id;
}
