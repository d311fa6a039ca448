package org.example.collections;

import jakarta.persistence.Embeddable;

/** A point on a map, a key of two doubles. */
@Embeddable
public class Spot {
  private double x;
  private double y;
}
