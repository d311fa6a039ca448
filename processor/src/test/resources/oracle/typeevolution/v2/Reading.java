package org.example.typeevolution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Version 2: code a number, serial a string, amount, taken and price wider. */
@Entity
public class Reading {
  @Id private Long id;

  private Long code;

  private String serial;

  private Long amount;

  private LocalDateTime taken;

  @Column(precision = 12, scale = 4)
  private BigDecimal price;
}
