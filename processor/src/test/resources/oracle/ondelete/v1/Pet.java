package org.example.ondelete;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** {@code @OnDelete} on to-ones, its own or in an embeddable, and one its owner's side gives. */
@Entity
public class Pet {
  @Id private Long id;

  @ManyToOne private Owner owner;

  @ManyToOne
  @OnDelete(action = OnDeleteAction.SET_NULL)
  private Owner vet;

  @OneToOne
  @OnDelete(action = OnDeleteAction.RESTRICT)
  private Toy toy;

  @Embedded private Collar collar;
}
