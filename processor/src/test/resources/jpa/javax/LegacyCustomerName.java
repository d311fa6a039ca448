package com.example.legacy;

import dev.strata.View;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "legacy_customer_names")
@View(name = "legacy_customer_names", sql = "SELECT id, name FROM legacy_customers")
public class LegacyCustomerName {
  @Id private Long id;
  private String name;
  private String email;
}
