package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.validator.constraints.Range;

@Entity
public class Quantity {
  @Id private Long id;

  @Range(min = 1, max = 5)
  private int amount;
}
