package org.example.embedded;

import jakarta.persistence.Embeddable;

@Embeddable
public class Position {
  private Double lat;

  private Double lng;
}
