package org.example.toonejoinkeys;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;

/** A single key; to-ones to both composite keys, with implicit column names. */
@Entity
public class Pallet {
  @Id Long id;

  @ManyToOne @JoinTable Slot slot;

  @OneToOne
  @JoinTable(name = "pallet_bay")
  Bay bay;
}
