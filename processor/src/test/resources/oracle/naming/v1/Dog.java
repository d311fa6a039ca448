package org.example.naming;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class Dog extends Pet {
  @Column(name = "barkVolume")
  private Integer barkVolume;
}
