package org.example.generics;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Dimensions {
  @Column(nullable = false)
  private Integer width;

  private Double height;
}
