package org.example.snakecaserename;

import jakarta.persistence.Embeddable;

@Embeddable
public class PostalAddress {
  String streetLine;

  String postalCode;
}
