package org.example.collectionoverride;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An address, held in collections that rename and resize its columns. */
@Embeddable
public class Address {
  private String city;

  @Column(length = 20)
  private String zip;
}
