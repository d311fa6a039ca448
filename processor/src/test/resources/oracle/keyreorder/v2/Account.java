package org.example.keyreorder;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Version 2: the key is widened to a Long. */
@Entity
public class Account {
  @Id Long id;

  String holder;
}
