package org.example.referredoverride;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** Overrides an inherited column that is not part of its key, and is the target of a to-one. */
@Entity
@AttributeOverride(
    name = "createdBy",
    column = @Column(name = "authorName", length = 80, nullable = false))
public class Account extends Audited {
  private String label;
}
