package org.example.casts;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Item {
  @Id Long id;
  Integer qty;
  String name;
}
