package org.example.genericcollections;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Item {
  @Id private Long id;

  private String name;
}
