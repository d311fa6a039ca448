package org.example.overridedefinitions;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

@Embeddable
public class Address {
  String street;

  @ManyToOne Country country;
}
