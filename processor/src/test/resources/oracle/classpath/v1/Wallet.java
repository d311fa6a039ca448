package org.example.wallet;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.example.columns.Money;

@Entity
public class Wallet {
  @Id private Long id;

  private Money balance;
}
