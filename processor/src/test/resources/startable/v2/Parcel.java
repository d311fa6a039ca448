package com.example.parcels;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Version 2: a column added, which every SELECT * reader returns. */
@Entity
@Table(name = "parcels")
public class Parcel {
  @Id private Long id;

  private Integer weight;

  private String label;
}
