package com.example.autoconverted;

import java.io.Serializable;
import java.util.UUID;

public class BookingKey implements Serializable {
  private UUID hall;
  private int number;

  @Override
  public boolean equals(Object other) {
    return other instanceof BookingKey key && key.hall.equals(hall) && key.number == number;
  }

  @Override
  public int hashCode() {
    return hall.hashCode() + number;
  }
}
