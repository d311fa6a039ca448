package org.example.keys;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;

/** An embedded id whose field renames its columns, its join column too. */
@Entity
public class Refund {
  @EmbeddedId
  @AttributeOverride(name = "seq", column = @Column(name = "refund_seq"))
  @AssociationOverride(name = "clerk", joinColumns = @JoinColumn(name = "approved_by"))
  private RefundId id;

  private String reason;
}
