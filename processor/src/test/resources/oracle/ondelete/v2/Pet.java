package org.example.ondelete;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** The vet's key now deletes the pets with their vet, where it set them to none. */
@Entity
public class Pet {
  @Id private Long id;

  @ManyToOne private Owner owner;

  @ManyToOne
  @OnDelete(action = OnDeleteAction.CASCADE)
  private Owner vet;

  @OneToOne
  @OnDelete(action = OnDeleteAction.RESTRICT)
  private Toy toy;

  @Embedded private Collar collar;
}
