package org.example.convertedprimitives;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Primitives take their wrapper's auto-applied converter, but for the version. */
@Entity
public class Parcel {
  @Id private String code;

  @Version private long version;

  private long weight;

  private int items;
}
