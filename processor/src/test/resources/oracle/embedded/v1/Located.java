package org.example.embedded;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

@Embeddable
public class Located {
  private String label;

  @Embedded private Position position;

  @Embedded private Duty duty;
}
