package org.example.readonlyreaders;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;

/** As Pet, the read-only @OneToOne declared first. */
@Entity
public class Horse {
  @Id Long id;

  @OneToOne
  @JoinColumn(name = "vet_id", insertable = false, updatable = false)
  Vet primaryVet;

  @ManyToOne
  @JoinColumn(name = "vet_id")
  Vet vet;
}
