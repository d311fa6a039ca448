package org.example.gaps;

import java.io.Serializable;
import java.util.Objects;

public class LotId implements Serializable {
  private String site;

  private int number;

  @Override
  public boolean equals(Object other) {
    return other instanceof LotId id && Objects.equals(site, id.site) && number == id.number;
  }

  @Override
  public int hashCode() {
    return Objects.hash(site, number);
  }
}
