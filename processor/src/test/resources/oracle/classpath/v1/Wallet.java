package org.example.wallet;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.example.money.Money;

@Entity
public class Wallet {
  @Id private Long id;

  private Money balance;
}
