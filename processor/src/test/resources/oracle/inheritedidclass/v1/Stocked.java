package org.example.inheritedidclass;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.MappedSuperclass;

/** An @IdClass declared with all its key fields, which the entities below inherit. */
@MappedSuperclass
@IdClass(StockKey.class)
public abstract class Stocked {
  @Id
  @Column(length = 20)
  protected String warehouse;

  @Id protected String sku;
}
