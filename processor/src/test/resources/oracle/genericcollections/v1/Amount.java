package org.example.genericcollections;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A generic embeddable: its currency's type is the holder's choice. */
@Embeddable
public class Amount<C> {
  private Integer cents;

  @Column(length = 3)
  private C currency;
}
