package org.example.embeddedvalidation;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

/** A key whose fields' constraints Hibernate leaves out of the schema: the id is not @Valid. */
@Entity
public class Shipment {
  @EmbeddedId private ShipmentKey id;
}
