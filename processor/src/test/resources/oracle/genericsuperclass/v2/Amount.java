package org.example.generics;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A generic embeddable: each embedding field chooses the type of its currency. */
@Embeddable
public class Amount<C> {
  @Column(length = 3)
  private C currency;

  private Long cents;
}
