package org.example.embedded;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A key of two parts. */
@Embeddable
public class StationKey implements Serializable {
  private Long region;
  private Long number;
}
