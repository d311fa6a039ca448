package org.example.embedded;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.hibernate.annotations.EmbeddedColumnNaming;

/** A code, a centre whose columns its own pattern names, and a corner named by the outer ones. */
@Embeddable
public class Area {
  private String code;

  @Embedded
  @EmbeddedColumnNaming("pos_%s")
  private Position centre;

  @Embedded private Position corner;
}
