package com.example.jpa;

import dev.strata.View;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "customer_names")
@View(name = "customer_names", sql = "SELECT id, name FROM customers")
public class UnmappedFieldOnViewEntity {
  @Id private Long id;
  private String name;
  private Object homepage;
}
