package com.example.parcels;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "parcels")
public class Parcel {
  @Id private Long id;

  private Integer weight;
}
