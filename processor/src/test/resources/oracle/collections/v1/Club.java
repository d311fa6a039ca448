package org.example.collections;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Club {
  @Id private Integer id;

  private String name;
}
