package com.example.jpa;

import dev.strata.View;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
@jakarta.persistence.Table(name = "customer_emails")
@View(name = "customer_emails", sql = "SELECT id, email, name FROM customers")
public class ColumnWithoutField {
  @Id private Long id;
  private String email;
}
