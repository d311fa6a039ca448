package com.example.autoconverted;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

public class VenueKey implements Serializable {
  private UUID hall;
  private int number;

  @Override
  public boolean equals(Object other) {
    return other instanceof VenueKey key && Objects.equals(hall, key.hall) && number == key.number;
  }

  @Override
  public int hashCode() {
    return Objects.hash(hall, number);
  }
}
