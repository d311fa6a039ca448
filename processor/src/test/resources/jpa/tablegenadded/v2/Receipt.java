package org.example.tablegenadded;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

/** Its keys come from a row of id_gen now, one at a time. */
@Entity
public class Receipt {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "receipts")
  @TableGenerator(name = "receipts", table = "id_gen", allocationSize = 1)
  Long id;

  String number;
}
