package org.example.inheritedidclass;

import java.io.Serializable;
import java.util.Objects;

/** The key of a stock line, as an @IdClass that mapped superclasses declare. */
public class StockKey implements Serializable {
  private String warehouse;
  private String sku;

  @Override
  public boolean equals(Object other) {
    return other instanceof StockKey that
        && Objects.equals(warehouse, that.warehouse)
        && Objects.equals(sku, that.sku);
  }

  @Override
  public int hashCode() {
    return Objects.hash(warehouse, sku);
  }
}
