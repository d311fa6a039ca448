package org.example.embeddedcollections;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToMany;
import java.util.Set;

/** An embeddable inside the schedule: its collections are mapped through both. */
@Embeddable
public class Leg {
  @ManyToMany private Set<Pilot> pilots;

  @ElementCollection private Set<Integer> days;
}
