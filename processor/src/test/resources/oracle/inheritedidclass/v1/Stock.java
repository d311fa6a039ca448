package org.example.inheritedidclass;

import jakarta.persistence.Entity;

@Entity
public class Stock extends Stocked {
  private int quantity;
}
