package org.example.embeddedvalidation;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

@Embeddable
public class ShipmentKey implements Serializable {
  @Size(max = 12)
  private String code;

  @Max(9999)
  private Integer batch;
}
