package org.example.generics;

import jakarta.persistence.Entity;

@Entity
public class Invoice extends Versioned<Long> {
  private String number;
}
