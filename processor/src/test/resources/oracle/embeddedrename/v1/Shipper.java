package org.example.embeddedrename;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.EmbeddedColumnNaming;

/** Two addresses: home_street under the field's own name, work_street under a given pattern. */
@Entity
public class Shipper {
  @Id Long id;

  @Embedded @EmbeddedColumnNaming Address home;

  @Embedded
  @EmbeddedColumnNaming("work_%s")
  Address office;

  @Embedded
  @EmbeddedColumnNaming
  Labels labels;
}
