package com.example.unsupported;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(check = @CheckConstraint(constraint = "amount > 0", options = "NOT ENFORCED"))
public class Deferred {
  @Id private Long id;

  private int amount;
}
