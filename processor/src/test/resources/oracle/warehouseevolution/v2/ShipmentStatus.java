package org.example.warehouseevolution;

public enum ShipmentStatus {
  CREATED,
  IN_TRANSIT,
  DELIVERED,
  RETURNED
}
