package org.example.inheritance;

import jakarta.persistence.Entity;
import java.math.BigDecimal;

/** Version 2: a new class of a table-per-class hierarchy, a new table of all its columns. */
@Entity
public class Loan extends Account {
  private BigDecimal principal;
}
