package org.example.toonejoinrefusals;

import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;

/** An embeddable's to-one through a join table beside another field, which Hibernate 7 refuses. */
@Embeddable
public class Stop {
  String label;

  @ManyToOne
  @JoinTable(name = "stop_keeper")
  Keeper keeper;
}
