package org.example.inheritedidclass;

import jakarta.persistence.Entity;

@Entity
public class Reservation extends Stocked {
  private String holder;
}
