package org.example.generics;

import jakarta.persistence.Entity;

@Entity
public class Country extends Keyed<String> {
  private String name;
}
