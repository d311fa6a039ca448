package org.example.gaps;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("L")
public class Leaf extends Node {
  private int depth;
}
