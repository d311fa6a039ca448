package org.example.warehouseevolution;

import jakarta.persistence.Entity;

@Entity
public class ParcelShipment extends Shipment {
  double weight;

  boolean fragile;
}
