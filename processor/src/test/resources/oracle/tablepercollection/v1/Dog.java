package org.example.tablepercollection;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import java.util.Set;

@Entity
public class Dog extends Animal {
  private String breed;

  @ElementCollection private Set<String> tricks;
}
