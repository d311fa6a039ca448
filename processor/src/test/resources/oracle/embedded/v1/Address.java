package org.example.embedded;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An address whose own override names its zip column, where an embedding's does not. */
@Embeddable
@AttributeOverride(name = "zip", column = @Column(name = "postcode", length = 10))
public class Address {
  private String street;
  private String city;

  @Column(length = 10)
  private String zip;
}
