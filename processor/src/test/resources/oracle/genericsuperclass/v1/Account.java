package org.example.generics;

import jakarta.persistence.Entity;

@Entity
public class Account extends Persistable<Integer> {
  private String name;
}
