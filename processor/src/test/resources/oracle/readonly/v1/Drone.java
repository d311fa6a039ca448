package org.example.readonly;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A subclass in its root's single table, told apart by the discriminator. */
@Entity
@DiscriminatorValue("drone")
public class Drone extends Gadget {
  private Integer rotors;
}
