package org.example.inheritedidclass;

import jakarta.persistence.IdClass;
import jakarta.persistence.MappedSuperclass;

/** An @IdClass declared without any of its key fields: the entity below holds them all. */
@MappedSuperclass
@IdClass(StockKey.class)
public abstract class Keyed {
  protected String note;
}
