package org.example.embeddedrename;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A key of two parts. */
@Embeddable
public class ParcelKey implements Serializable {
  String zone;
  Integer serial;

  @Override
  public boolean equals(Object other) {
    return other instanceof ParcelKey key
        && java.util.Objects.equals(zone, key.zone)
        && java.util.Objects.equals(serial, key.serial);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(zone, serial);
  }
}
