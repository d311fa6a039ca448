package org.example.naming;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "PetAnimal")
@DiscriminatorColumn(name = "animalKind")
public class Pet {
  @Id @GeneratedValue private Long id;

  @ManyToOne
  @JoinColumn(name = "ownerRef")
  private Owner owner;

  @ManyToOne private Owner formerOwner;
}
