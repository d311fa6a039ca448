package org.example.keys;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;

/** A key of a clerk and a number. */
@Embeddable
public class RefundId implements Serializable {
  @ManyToOne private Clerk clerk;
  private Integer seq;

  @Override
  public boolean equals(Object other) {
    return other instanceof RefundId id
        && java.util.Objects.equals(clerk, id.clerk)
        && java.util.Objects.equals(seq, id.seq);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(clerk, seq);
  }
}
