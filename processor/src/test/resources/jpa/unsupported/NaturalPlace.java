package com.example.unsupported;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.NaturalId;

@Entity
public class NaturalPlace {
  @Id private Long id;

  @NaturalId @Embedded private Spot spot;
}

@Embeddable
class Spot {
  private String room;
  private int aisle;
}
