package org.example.snakecaserename;

import dev.strata.RenamedFrom;
import jakarta.persistence.Embeddable;

@Embeddable
public class PostalAddress {
  String streetLine;

  @RenamedFrom("postalCode")
  String zipCode;
}
