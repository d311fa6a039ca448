package org.example.inheritance;

import jakarta.persistence.Entity;
import java.math.BigDecimal;

@Entity
public class Savings extends Account {
  private BigDecimal rate;

  /** Version 2: a field added to a table-per-class subclass. */
  private Integer term;
}
