package org.example.toonejoinkeys;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;

/**
 * An @EmbeddedId key; to-ones to a single-key entity through join tables, one implicitly named,
 * one keyed by named columns, which Hibernate orders by size and name, not as the key.
 */
@Entity
public class Bay {
  @EmbeddedId BayKey id;

  @ManyToOne @JoinTable Forklift forklift;

  @OneToOne
  @JoinTable(
      name = "bay_charger",
      joinColumns = {
        @JoinColumn(name = "zAisle", referencedColumnName = "aisle"),
        @JoinColumn(name = "aLevel", referencedColumnName = "level")
      })
  Forklift charger;
}
