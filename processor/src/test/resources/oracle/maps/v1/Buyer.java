package org.example.maps;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Buyer {
  @Id private Long id;

  private String name;
}
