package org.example.sharedkeys;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;

/** A required one-to-one over a key of another name, which the annotation names. */
@Entity
public class Visa {
  @Id Long code;

  @OneToOne(optional = false)
  @PrimaryKeyJoinColumn(name = "code", referencedColumnName = "id")
  Passport passport;
}
