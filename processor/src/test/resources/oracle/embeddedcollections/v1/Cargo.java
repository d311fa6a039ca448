package org.example.embeddedcollections;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** The owning side of a one-to-many that an embeddable maps back. */
@Entity
public class Cargo {
  @Id private Long id;

  @ManyToOne private Voyage voyage;
}
