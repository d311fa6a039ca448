package org.example.toonejoinkeys;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OneToOne;

/** An @IdClass key; a required one-to-one to an @EmbeddedId target, all columns named. */
@Entity
@IdClass(SlotKey.class)
public class Slot {
  @Id String name;
  @Id int hall;

  @OneToOne(optional = false)
  @JoinTable(
      name = "slot_bay",
      joinColumns = {
        @JoinColumn(name = "slotName", referencedColumnName = "name"),
        @JoinColumn(name = "zHall", referencedColumnName = "hall")
      },
      inverseJoinColumns = {
        @JoinColumn(name = "aLevel", referencedColumnName = "level"),
        @JoinColumn(name = "zAisle", referencedColumnName = "aisle")
      })
  Bay bay;
}
