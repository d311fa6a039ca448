package org.example.embedded;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/**
 * An address whose own override names its zip column, where an embedding's does not, and whose own
 * converter by path makes its city an integer.
 */
@Embeddable
@AttributeOverride(name = "zip", column = @Column(name = "postcode", length = 10))
@Convert(attributeName = "city", converter = CodeLength.class)
public class Address {
  private String street;
  private String city;

  @Column(length = 10)
  private String zip;
}
