package org.example.unsupported;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.util.List;

/**
 * Sizes of floating point and decimal columns that Hibernate 7 or a database refuses: a scale on a
 * double or float (an element collection's, an array's on H2 and PostgreSQL), more digits than a
 * double holds, and numerics wider than MariaDB, PostgreSQL or H2 take; and the sizes all take.
 */
@Entity
public class ScaledNumbers {
  @Id private Long id;

  @Column(precision = 10, scale = 2)
  private double ratio;

  @Column(precision = 8, scale = 3)
  private Float weight;

  @Column(precision = 16)
  private double reading;

  @Column(precision = 15)
  private double exact;

  @Column(scale = 2)
  private float share;

  @ElementCollection
  @Column(precision = 6, scale = 1)
  private List<Double> samples;

  @Column(precision = 5, scale = 1)
  private double[] series;

  @Column(precision = 70, scale = 2)
  private BigDecimal total;

  @Column(precision = 60, scale = 39)
  private BigDecimal rate;

  @Column(precision = 5, scale = 7)
  private BigDecimal tiny;

  @Column(precision = 1001, scale = 2)
  private BigDecimal huge;

  @Column(precision = 100001, scale = 2)
  private BigDecimal vast;

  @ElementCollection
  @Column(precision = 100001)
  private List<BigDecimal> vastValues;
}
