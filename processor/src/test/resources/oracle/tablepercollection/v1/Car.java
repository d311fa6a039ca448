package org.example.tablepercollection;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import java.util.Set;

@Entity
public class Car extends Vehicle {
  private int doors;

  @ElementCollection private Set<String> extras;
}
