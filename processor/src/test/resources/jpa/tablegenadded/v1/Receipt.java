package org.example.tablegenadded;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Receipt {
  @Id Long id;

  String number;
}
