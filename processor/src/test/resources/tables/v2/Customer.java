package com.example.shop;

import dev.strata.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Version 2: email renamed, a nullable column added, and one NOT NULL column dropped. */
@Entity
@Table(name = "customers")
public class Customer {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Column(name = "email_address", unique = true)
  @RenamedFrom("email")
  private String emailAddress;

  private String city;
}
