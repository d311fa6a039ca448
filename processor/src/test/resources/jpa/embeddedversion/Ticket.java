package org.example.embeddedversion;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Ticket {
  @Id Long id;

  @Embedded Stamp stamp;
}
