package org.example.inheritedidclass;

import jakarta.persistence.IdClass;
import jakarta.persistence.MappedSuperclass;

@MappedSuperclass
@IdClass(StockKey.class)
public abstract class Counted extends Located {
  protected int counted;
}
