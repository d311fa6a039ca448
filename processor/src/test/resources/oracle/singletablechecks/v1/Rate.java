package org.example.singletablechecks;

import jakarta.persistence.Embeddable;

/** An embeddable of primitives: Hibernate checks none of its columns for a subclass's rows. */
@Embeddable
public class Rate {

  int basisPoints;

  boolean fixed;
}
