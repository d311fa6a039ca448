package org.example.warehouseevolution;

import jakarta.persistence.Entity;
import org.hibernate.annotations.Check;

@Entity
@Check(constraints = "pallets > 0")
public class PalletShipment extends Shipment {
  int pallets;

  boolean stackable;
}
