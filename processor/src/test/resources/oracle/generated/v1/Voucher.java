package org.example.generated;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A generator that nothing declares: Hibernate reads the sequence of that name. */
@Entity
public class Voucher {
  @Id
  @GeneratedValue(generator = "voucher_numbers")
  private Long id;
}
