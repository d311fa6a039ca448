package org.example.inheritance;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** Version 2: a new subclass of a single table adds its columns to the root's table. */
@Entity
@DiscriminatorValue("WALLET")
public class WalletPayment extends Payment {
  private String provider;
}
