package org.example.generatorscope;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Numbered from the generator its package declares. */
@Entity
public class Ledger {
  @Id
  @GeneratedValue(generator = "ledger")
  private Long id;
}
