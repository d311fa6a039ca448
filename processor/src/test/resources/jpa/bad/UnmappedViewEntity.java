package com.example.jpa;

import dev.strata.View;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
@View(
    name = "customer_names",
    sql = "SELECT id, name FROM customers")
public class UnmappedViewEntity {
  @Id private Long id;
  private String name;
}
