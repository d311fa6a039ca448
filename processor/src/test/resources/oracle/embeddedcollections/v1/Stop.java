package org.example.embeddedcollections;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

/** The value of an element collection inside an embeddable, with an association of its own. */
@Embeddable
public class Stop {
  private String name;

  @ManyToOne private Port port;
}
