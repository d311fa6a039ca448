package com.example.autoconverted;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A version of a type with a column of its own: Hibernate keeps that column. */
@Entity
public class Ledger {
  @Id private String name;

  @Version private Long version;
}
