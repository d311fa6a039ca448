package org.example.toonejoinhierarchy;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;

/** Version 2 adds a SINGLE_TABLE subclass's to-one through a join table, beside rows. */
@Entity
public class Van extends Vehicle {
  @ManyToOne @JoinTable Driver vanDriver;

  @ManyToOne
  @JoinTable(name = "van_spare")
  Plate spare;
}
