package org.example.narrowing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Version 2 narrows four columns: price's scale and taken's time of day go without an error on
 * every database, weight's decimals too, while a label longer than 50 fails the migration.
 */
@Entity
public class Reading {
  @Id private Long id;

  @Column(precision = 12, scale = 2)
  private BigDecimal price;

  private LocalDate taken;

  private Long weight;

  @Column(length = 50)
  private String label;
}
