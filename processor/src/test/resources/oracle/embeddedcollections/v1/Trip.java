package org.example.embeddedcollections;

import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

@MappedSuperclass
public class Trip {
  @Id private Long id;

  @Embedded private Leg itinerary;
}
