package org.example.embeddedcollections;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A voyage whose schedule, an embeddable, holds its collections. */
@Entity
public class Voyage {
  @Id private Long id;

  @Embedded private Schedule schedule;
}
