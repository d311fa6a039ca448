package org.example.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.SecondaryTables;

/** Two secondary tables, joined by the implicit key column. */
@Entity
@SecondaryTables({@SecondaryTable(name = "SupplierAddress"), @SecondaryTable(name = "SupplierBank")})
public class Supplier {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @Column(table = "SupplierAddress")
  private String city;

  @Column(table = "SupplierBank", unique = true, length = 34)
  private String iban;
}
