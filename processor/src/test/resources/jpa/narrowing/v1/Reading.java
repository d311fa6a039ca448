package org.example.narrowing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDateTime;

@Entity
public class Reading {
  @Id private Long id;

  @Column(precision = 12, scale = 4)
  private BigDecimal price;

  private LocalDateTime taken;

  private Double weight;

  @Column(length = 100)
  private String label;
}
