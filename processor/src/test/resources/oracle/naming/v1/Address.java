package org.example.naming;

import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
  private String streetName;

  private String zipCode;
}
