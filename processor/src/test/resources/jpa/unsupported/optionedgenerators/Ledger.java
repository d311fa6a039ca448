package com.example.unsupported.optionedgenerators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Ledger {
  @Id
  @GeneratedValue(generator = "ledgers")
  private Long id;
}
