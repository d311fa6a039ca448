package org.example.generated;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Numbered from Invoice's generator: generator names are global to the persistence unit. */
@Entity
public class Receipt {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoices")
  private Long id;
}
