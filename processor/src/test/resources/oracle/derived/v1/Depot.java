package org.example.derived;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Depot {
  @Id private Long id;

  @Column(unique = true, length = 20)
  private String code;
}
