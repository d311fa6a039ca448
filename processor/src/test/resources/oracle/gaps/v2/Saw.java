package org.example.gaps;

import jakarta.persistence.Basic;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** The rows of Tool whose discriminator no other class claims. */
@Entity
@DiscriminatorValue("not null")
public class Saw extends Tool {
  @Basic(optional = false)
  private String blade;
}
