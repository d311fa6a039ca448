package org.example.convertedversions;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A Long version keeps its bigint, while the other Long takes the converter's text. */
@Entity
public class Parcel {
  @Id private String code;

  @Version private Long version;

  private Long weight;
}
