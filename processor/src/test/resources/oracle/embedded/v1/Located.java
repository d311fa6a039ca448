package org.example.embedded;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** A place with a keeper; its own override of the position's lng is lost where an outer one wins. */
@Embeddable
public class Located {
  private String label;

  @Embedded
  @AttributeOverride(name = "lng", column = @Column(name = "lon"))
  private Position position;

  @Embedded private Duty duty;
}
