package org.example.inheritedidclass;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** The key fields, a class above the mapped superclass that declares the @IdClass. */
@MappedSuperclass
public abstract class Located {
  @Id protected String warehouse;

  @Id protected String sku;
}
