package org.example.inheritance;

import jakarta.persistence.Entity;

@Entity
public class Dog extends Pet {
  private boolean goodBoy;
}
