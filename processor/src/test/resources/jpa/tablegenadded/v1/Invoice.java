package org.example.tablegenadded;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Invoice {
  @Id Long id;

  String number;
}
