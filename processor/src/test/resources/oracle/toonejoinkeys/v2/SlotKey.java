package org.example.toonejoinkeys;

import java.io.Serializable;
import java.util.Objects;

/** The key of a slot: its name in a hall. */
public class SlotKey implements Serializable {
  String name;
  int hall;

  @Override
  public boolean equals(Object other) {
    return other instanceof SlotKey key && key.name.equals(name) && key.hall == hall;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, hall);
  }
}
