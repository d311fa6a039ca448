package org.example.embeddedversion;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Pass {
  @Id Long id;

  @Embedded Stamped stamped;
}
