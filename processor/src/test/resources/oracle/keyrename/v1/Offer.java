package org.example.keyrename;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An offer, the value of a map keyed by Item. */
@Entity
public class Offer {
  @Id Long id;

  Integer price;
}
