package org.example.embedded;

import jakarta.persistence.Column;
import dev.strata.RenamedFrom;
import jakarta.persistence.Embeddable;

/**
 * The street renamed: where a pattern names its column ({@code ship_street}), the column it had is
 * named by the pattern too.
 */
@Embeddable
public class Address {
  @RenamedFrom("street")
  private String road;

  private String city;

  @Column(length = 12)
  private String zip;
}
