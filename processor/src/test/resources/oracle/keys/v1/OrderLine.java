package org.example.keys;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

@Entity
public class OrderLine {
  @EmbeddedId private OrderLineId id;

  private String product;

  private int quantity;
}
