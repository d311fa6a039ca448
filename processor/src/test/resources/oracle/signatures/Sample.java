package org.example.signatures;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

/** A column of each type that PostgreSQL's functions of text and of numbers may refuse. */
@Entity
@Table(name = "samples")
public class Sample {
  @Id private Long id;

  private Boolean flag;

  private UUID token;

  private LocalDate born;

  private LocalTime opens;

  private LocalDateTime seen;

  private String label;

  @Column(precision = 10, scale = 2)
  private BigDecimal price;

  private Integer qty;

  private Double ratio;

  private Float weight;
}
