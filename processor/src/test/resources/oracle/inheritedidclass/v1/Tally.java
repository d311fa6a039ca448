package org.example.inheritedidclass;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** Its own @IdClass, which Hibernate takes over the one its superclass declares. */
@Entity
@IdClass(CountKey.class)
public class Tally extends Keyed {
  @Id private String sku;

  private int total;
}
