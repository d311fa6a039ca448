package org.example.tablegenadded;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

/** Its keys, assigned by the application in version 1, come from a row of id_gen now. */
@Entity
public class Invoice {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "invoices")
  @TableGenerator(name = "invoices", table = "id_gen")
  Long id;

  String number;
}
