package org.example.generics;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;

/** As Spring Data's AbstractPersistable declares its key. */
@MappedSuperclass
public abstract class Persistable<PK extends Serializable> {
  @Id @GeneratedValue private PK id;

  public PK getId() {
    return id;
  }
}
