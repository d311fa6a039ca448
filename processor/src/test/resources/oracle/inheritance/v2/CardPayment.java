package org.example.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

@Entity
@DiscriminatorValue("CARD")
public class CardPayment extends Payment {
  @Column(nullable = false, length = 19)
  private String cardNumber;

  @ManyToOne(optional = false)
  private Customer holder;

  /** Version 2: a field added to a single-table subclass. */
  private String expiry;
}
