package org.example.readonlyreaders;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;

/** A read-only @OneToOne over the column a @ManyToOne writes: Hibernate makes the column unique. */
@Entity
public class Pet {
  @Id Long id;

  @ManyToOne
  @JoinColumn(name = "vet_id")
  Vet vet;

  @OneToOne
  @JoinColumn(name = "vet_id", insertable = false, updatable = false)
  Vet primaryVet;
}
