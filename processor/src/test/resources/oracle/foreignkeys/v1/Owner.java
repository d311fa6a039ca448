package org.example.foreignkeys;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import java.util.Set;

/** Unidirectional one-to-many associations whose join columns declare their foreign keys. */
@Entity
public class Owner {
  @Id private Long id;

  @OneToMany
  @JoinColumn(name = "rescuer_id", foreignKey = @ForeignKey(name = "pet_rescuer_fk"))
  private Set<Pet> rescued;

  @OneToMany
  @JoinColumn(name = "walker_id", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
  private Set<Pet> walked;
}
