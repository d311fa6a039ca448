package org.example.keys;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

@Embeddable
public class OrderLineId implements Serializable {
  private Long orderId;

  private Integer lineNo;

  @Override
  public boolean equals(Object other) {
    return other instanceof OrderLineId id
        && java.util.Objects.equals(orderId, id.orderId)
        && java.util.Objects.equals(lineNo, id.lineNo);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(orderId, lineNo);
  }
}
