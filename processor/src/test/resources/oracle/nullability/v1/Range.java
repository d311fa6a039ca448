package org.example.nullability;

import jakarta.persistence.Embeddable;

@Embeddable
public class Range {
  private int low;
  private int high;
}
