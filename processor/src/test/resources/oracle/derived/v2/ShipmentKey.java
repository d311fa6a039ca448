package org.example.derived;

import java.io.Serializable;
import java.util.Objects;

public class ShipmentKey implements Serializable {
  private String carrier;
  private Long number;
  private Integer leg;

  @Override
  public boolean equals(Object other) {
    return other instanceof ShipmentKey key
        && Objects.equals(carrier, key.carrier)
        && Objects.equals(number, key.number)
        && Objects.equals(leg, key.leg);
  }

  @Override
  public int hashCode() {
    return Objects.hash(carrier, number, leg);
  }
}
