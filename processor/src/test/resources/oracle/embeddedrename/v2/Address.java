package org.example.embeddedrename;

import dev.strata.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.hibernate.annotations.EmbeddedColumnNaming;

/** The point renamed: its columns are position_lat and position_lng now, geo_lat before. */
@Embeddable
public class Address {
  String street;

  @Column(name = "town")
  String city;

  @Embedded
  @EmbeddedColumnNaming
  @RenamedFrom("geo")
  Geo position;
}
