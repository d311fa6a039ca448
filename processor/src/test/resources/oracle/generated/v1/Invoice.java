package org.example.generated;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

@Entity
public class Invoice {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoices")
  @SequenceGenerator(name = "invoices", sequenceName = "invoice_numbers", initialValue = 1000, allocationSize = 10)
  private Long id;
}
