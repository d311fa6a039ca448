package org.example.derived;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

@Entity
@IdClass(ShipmentKey.class)
public class Shipment {
  @Id private String carrier;

  @Id private Long number;

  @Id private Integer leg;

  private String note;
}
