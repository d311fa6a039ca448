package org.example.gaps;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** The rows of Tool whose discriminator is NULL. */
@Entity
@DiscriminatorValue("null")
public class Hammer extends Tool {
  private int weight;
}
