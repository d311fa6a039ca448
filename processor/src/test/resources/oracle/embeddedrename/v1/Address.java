package org.example.embeddedrename;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.hibernate.annotations.EmbeddedColumnNaming;

/** An address whose point's columns are named geo_lat and geo_lng inside it. */
@Embeddable
public class Address {
  String street;

  @Column(name = "town")
  String city;

  @Embedded @EmbeddedColumnNaming Geo geo;
}
