package org.example.derived;

import dev.strata.RenamedFrom;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

@Entity
@IdClass(ShipmentKey.class)
public class Shipment {
  @Id private String carrier;

  @Id private Long number;

  @Id private Integer leg;

  @RenamedFrom("note")
  private String remark;
}
