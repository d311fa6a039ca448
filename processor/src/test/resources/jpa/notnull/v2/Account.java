package org.example.notnull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Version 2 makes the tenant NOT NULL, its type unchanged. */
@Entity
public class Account {
  @Id private Long id;

  @Column(nullable = false)
  private String tenant;
}
