package org.example.declaredkeys;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.PrimaryKeyJoinColumn;

/** A joined subclass whose table has no key to its parent's: a row may lack its parent's. */
@Entity
@PrimaryKeyJoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
public class Cat extends Animal {
  private String purr;
}
