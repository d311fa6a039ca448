package org.example.nullability;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/**
 * Primitives Hibernate leaves nullable: one with a {@code @Column}, and those of an embeddable,
 * which are NULL when the embedded value is.
 */
@Entity
public class Gauge {
  @Id @GeneratedValue private Long id;

  @Column(name = "reading")
  private double reading;

  @Column(nullable = false)
  private double shift;

  private int ticks;

  @Embedded private Range range;
}
