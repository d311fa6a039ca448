package org.example.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import java.math.BigDecimal;

/** Single table, with a discriminator column of its own. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", length = 20)
@DiscriminatorValue("PAYMENT")
public class Payment extends Identified {
  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal amount;
}
