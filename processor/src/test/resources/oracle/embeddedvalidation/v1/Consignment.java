package org.example.embeddedvalidation;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.validation.Valid;

/** The same key, {@code @Valid}: its fields' length and check are Hibernate's schema. */
@Entity
public class Consignment {
  @Valid @EmbeddedId private ShipmentKey id;
}
