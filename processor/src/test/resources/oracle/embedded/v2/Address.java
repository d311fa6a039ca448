package org.example.embedded;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
  private String street;

  private String city;

  @Column(length = 12)
  private String zip;
}
