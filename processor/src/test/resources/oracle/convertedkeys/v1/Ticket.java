package org.example.convertedkeys;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/** A single key of a type with a column of its own: Hibernate keeps it, not the converter's. */
@Entity
public class Ticket {
  @Id private UUID id;

  private UUID reference;
}
