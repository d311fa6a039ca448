package org.example.repeatedgenerators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** The second of the package's repeated sequence generators. */
@Entity
public class Receipt {
  @Id
  @GeneratedValue(generator = "receipts")
  private Long id;
}
