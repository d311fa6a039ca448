package org.example.inheritedidclass;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Transfer extends Keyed {
  @Id private String sku;

  @Id private String warehouse;

  private int moved;
}
