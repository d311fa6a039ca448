package com.example.sequencehierarchy;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.SequenceGenerator;

@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Shipment {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipment_ids")
  @SequenceGenerator(name = "shipment_ids", sequenceName = "shipment_seq", allocationSize = 20)
  Long id;
}
