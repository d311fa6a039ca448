package org.example.generics;

import jakarta.persistence.Entity;

@Entity
public class Currency extends Coded<String> {
  private int decimals;
}
