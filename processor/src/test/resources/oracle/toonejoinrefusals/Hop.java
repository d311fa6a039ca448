package org.example.toonejoinrefusals;

import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;

/**
 * An embeddable's only field, a to-one through a join table without a name, which Hibernate 7
 * refuses (with a name, it builds the table).
 */
@Embeddable
public class Hop {
  @ManyToOne @JoinTable Keeper keeper;
}
