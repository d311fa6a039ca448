package org.example.generics;

import jakarta.persistence.Entity;

@Entity
public class Account extends Persistable<Long> {
  private String name;
}
