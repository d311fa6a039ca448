package org.example.notnull;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Version 1: the tenant may be missing. */
@Entity
public class Account {
  @Id private Long id;

  private String tenant;
}
