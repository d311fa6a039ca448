package org.example.sharedkeys;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;

/** A required one-to-one over the key: a foreign key from the key to the holder's. */
@Entity
public class Passport {
  @Id Long id;

  String number;

  @OneToOne(optional = false)
  @PrimaryKeyJoinColumn
  Person holder;
}
