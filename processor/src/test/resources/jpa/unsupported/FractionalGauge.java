package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.constraints.Digits;

@Entity
public class FractionalGauge {
  @Id private Long id;

  @Digits(integer = 3, fraction = 2)
  private double rounded;
}
