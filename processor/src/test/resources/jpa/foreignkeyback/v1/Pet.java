package org.example.foreignkeyback;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A reference without its foreign key, and one with a key of Strata's name. */
@Entity
public class Pet {
  @Id private Long id;

  @ManyToOne
  @JoinColumn(name = "breeder_id", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
  private Owner breeder;

  @ManyToOne
  @JoinColumn(name = "owner_id")
  private Owner owner;
}
