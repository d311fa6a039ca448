// Test input written here: the two-column key of a to-one's target.
package org.example.perclassabstractonetoone;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

@Embeddable
public class GearKey implements Serializable {
  String maker;
  Long serial;

  @Override
  public boolean equals(Object o) {
    return o instanceof GearKey k
        && java.util.Objects.equals(maker, k.maker)
        && java.util.Objects.equals(serial, k.serial);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(maker, serial);
  }
}
