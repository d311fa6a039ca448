package org.example.embeddedcollectionoverrides;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import java.util.Set;

@Embeddable
public class Leg {
  @ElementCollection private Set<Integer> days;
}
