package org.example.derived;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;

@Entity
public class Dependent {
  @EmbeddedId private DependentId id;

  @MapsId("personId")
  @ManyToOne
  private Person person;

  private String relation;
}
