package org.example.convertedkeys;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A key of two {@code @Id} fields without an {@code @IdClass}: no converter applies either. */
@Entity
public class Pairing implements Serializable {
  @Id private UUID leftId;
  @Id private UUID rightId;

  @Override
  public boolean equals(Object other) {
    return other instanceof Pairing pairing
        && Objects.equals(leftId, pairing.leftId)
        && Objects.equals(rightId, pairing.rightId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(leftId, rightId);
  }
}
