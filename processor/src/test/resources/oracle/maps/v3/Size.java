package org.example.maps;

import jakarta.persistence.Embeddable;

@Embeddable
public class Size {
  private int width;

  private int height;
}
