package com.example;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "sales")
public class Sale {
  @Id private Long id;

  private String region;

  private BigDecimal amount;
}
