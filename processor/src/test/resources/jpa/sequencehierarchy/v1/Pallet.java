package com.example.sequencehierarchy;

import jakarta.persistence.Entity;

@Entity
public class Pallet extends Shipment {
  int weight;
}
