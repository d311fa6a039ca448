package org.example.inheritedidclass;

import java.io.Serializable;
import java.util.Objects;

/** A key of one field, which an entity's own @IdClass puts over its superclass's. */
public class CountKey implements Serializable {
  private String sku;

  @Override
  public boolean equals(Object other) {
    return other instanceof CountKey that && Objects.equals(sku, that.sku);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(sku);
  }
}
