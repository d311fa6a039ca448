package org.example.renamedroot;

import jakarta.persistence.Entity;

@Entity
public class Parcel extends Shipment {
  String label;
}
