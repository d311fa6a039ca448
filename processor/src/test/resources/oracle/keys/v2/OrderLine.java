package org.example.keys;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

@Entity
public class OrderLine {
  @EmbeddedId private OrderLineId id;

  @Column(length = 100)
  private String product;

  private String note;

  private int quantity;
}
