package org.example.toonejoinrefusals;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;

/** An @Id to-one through a join table, which Hibernate 7 refuses. */
@Entity
public class Badge {
  @Id
  @ManyToOne
  @JoinTable(name = "badge_keeper")
  Keeper keeper;
}
