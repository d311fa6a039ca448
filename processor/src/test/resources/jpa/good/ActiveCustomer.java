package com.example.jpa;

import dev.strata.View;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
@jakarta.persistence.Table(name = "active_customers")
@View(name = "active_customers", sql = "SELECT id, name, credit FROM customers WHERE active")
public class ActiveCustomer {
  @Id private Long id;
  private String name;
  private java.math.BigDecimal credit;
}
