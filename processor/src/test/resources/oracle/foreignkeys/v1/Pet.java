package org.example.foreignkeys;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;

/**
 * To-one associations whose join columns declare their foreign keys: a name, no constraint (a row
 * may refer to a missing owner), and the provider's default.
 */
@Entity
public class Pet {
  @Id private Long id;

  @ManyToOne
  @JoinColumn(name = "owner_id", foreignKey = @ForeignKey(name = "pet_owner_fk"))
  private Owner owner;

  @ManyToOne
  @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
  private Owner breeder;

  @OneToOne
  @JoinColumn(foreignKey = @ForeignKey(value = ConstraintMode.PROVIDER_DEFAULT))
  private Owner keeper;
}
