package org.example.toonejoinkeys;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;

/** Version 2 adds a to-one to a composite key through a join table, beside rows. */
@Entity
public class Pallet {
  @Id Long id;

  @ManyToOne @JoinTable Slot slot;

  @OneToOne
  @JoinTable(name = "pallet_bay")
  Bay bay;

  @ManyToOne
  @JoinTable(name = "pallet_home")
  Bay home;
}
