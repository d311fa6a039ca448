package org.example.sharedkeys;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;

/** An optional one-to-one over the key, which version 2 makes required. */
@Entity
public class Passport {
  @Id Long id;

  String number;

  @OneToOne
  @PrimaryKeyJoinColumn
  Person holder;
}
