package org.example.foreignkeyback;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** The reference's foreign key given back, and the other key named. */
@Entity
public class Pet {
  @Id private Long id;

  @ManyToOne
  @JoinColumn(name = "breeder_id")
  private Owner breeder;

  @ManyToOne
  @JoinColumn(name = "owner_id", foreignKey = @ForeignKey(name = "pet_owner_fk"))
  private Owner owner;
}
