package com.example.legacy;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "legacy_customers")
public class LegacyCustomer {
  @Id private Long id;

  @Column(nullable = false, length = 80)
  private String name;
}
