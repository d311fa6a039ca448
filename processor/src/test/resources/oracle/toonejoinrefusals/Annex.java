package org.example.toonejoinrefusals;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;

/** A JOINED subclass's to-one through a join table without a name, which Hibernate 7 refuses. */
@Entity
public class Annex extends Depot {
  @ManyToOne @JoinTable Keeper keeper;
}
