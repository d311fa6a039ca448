package org.example.inheritance;

import jakarta.persistence.Entity;
import java.math.BigDecimal;

@Entity
public class Savings extends Account {
  private BigDecimal rate;
}
