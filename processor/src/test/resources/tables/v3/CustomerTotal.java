package com.example.shop;

import dev.strata.View;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;

@Entity
@jakarta.persistence.Table(name = "customer_totals")
@View(
    name = "customer_totals",
    sql =
        "SELECT c.id, c.name, SUM(o.amount) AS total FROM customers c"
            + " JOIN orders o ON o.customer_id = c.id GROUP BY c.id, c.name")
public class CustomerTotal {
  @Id private Long id;
  private String name;
  private BigDecimal total;
}
