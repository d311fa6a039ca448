package org.example.warehouseevolution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class ReturnShipment extends Shipment {
  @Column(length = 60)
  String reason;

  boolean refunded;
}
