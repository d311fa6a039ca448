package org.example.convertedversions;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** An Integer version keeps its integer, while the other Integer takes the converter's text. */
@Entity
public class Crate {
  @Id private String code;

  @Version private Integer version;

  private Integer items;
}
