package org.example.joindefinitions;

import java.io.Serializable;
import java.util.Objects;

public class BerthKey implements Serializable {
  String dock;
  String number;

  @Override
  public boolean equals(Object other) {
    return other instanceof BerthKey key
        && Objects.equals(dock, key.dock)
        && Objects.equals(number, key.number);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dock, number);
  }
}
