package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.constraints.Min;

@Entity
public class Quantity {
  @Id private Long id;

  @Min(1)
  private int amount;
}
