package org.example.convertednumbers;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Counter {
  @Id String id;

  int hits;
}
