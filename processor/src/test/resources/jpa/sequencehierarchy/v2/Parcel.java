package com.example.sequencehierarchy;

import jakarta.persistence.Entity;

@Entity
public class Parcel extends Shipment {
  int weight;
}
