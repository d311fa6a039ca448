package org.example.typeevolution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
public class Reading {
  @Id private Long id;

  private String code;

  private Long serial;

  private Integer amount;

  private LocalDate taken;

  @Column(precision = 10, scale = 2)
  private BigDecimal price;
}
