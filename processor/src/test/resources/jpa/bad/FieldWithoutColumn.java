package com.example.jpa;

import dev.strata.View;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
@jakarta.persistence.Table(name = "customer_names")
@View(name = "customer_names", sql = "SELECT id, name FROM customers")
public class FieldWithoutColumn {
  @Id private Long id;
  private String name;
  private String email;
}
