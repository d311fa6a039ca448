package org.example.warehouseevolution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class ParcelShipment extends Shipment {
  double weight;

  boolean fragile;

  @Column(length = 30)
  String reference;
}
