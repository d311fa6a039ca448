package org.example.keys;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.MappedSuperclass;

/** An embedded id its entities inherit. */
@MappedSuperclass
public class KeyedBase {
  @EmbeddedId private OrderLineId id;
}
