package org.example.json;

import jakarta.persistence.Embeddable;

/** An embeddable that Hibernate aggregates into one JSON column where a field maps it so. */
@Embeddable
public class Margins {
  private int top;

  private int bottom;
}
