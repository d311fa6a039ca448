package org.example.declaredkeys;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.PrimaryKeyJoinColumn;

/** A joined subclass whose key to its parent's table is named. */
@Entity
@PrimaryKeyJoinColumn(foreignKey = @ForeignKey(name = "dog_animal_fk"))
public class Dog extends Animal {
  private String bark;
}
