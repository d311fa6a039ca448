package org.example.sharedkeys;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;

/** An optional one-to-one over the key: no column and no foreign key. */
@Entity
public class Person {
  @Id Long id;

  String name;

  @OneToOne
  @PrimaryKeyJoinColumn
  Passport passport;
}
