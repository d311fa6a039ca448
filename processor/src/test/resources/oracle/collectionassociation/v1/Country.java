package org.example.collectionassociation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The entity the stops of a route refer to. */
@Entity
public class Country {
  @Id private Long id;
}
