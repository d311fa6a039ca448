package org.example.floatprecision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.constraints.Digits;

@Entity
public class Gauge {
  @Id private Long id;

  // Hibernate reads a floating column's precision as decimal digits and gives it the binary
  // precision that holds them: up to 24 bits a single precision type, else a double one
  @Column(precision = 5)
  private double coarse;

  @Column(precision = 7)
  private Double sevenDigits;

  @Column(precision = 8)
  private Float eightDigits;

  @Column(precision = 15)
  private float fine;

  private float plain;

  // Hibernate Validator's @Digits sets the precision of any column, a floating one's too
  @Digits(integer = 5, fraction = 0)
  private double rounded;
}
