package org.example.embeddedrename;

import dev.strata.RenamedFrom;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.EmbeddedColumnNaming;

/**
 * Both addresses renamed: home's columns follow the field's name (residence_street), office's
 * pattern is given, so only the point inside it renames its columns (work_position_lat).
 */
@Entity
public class Shipper {
  @Id Long id;

  @Embedded
  @EmbeddedColumnNaming
  @RenamedFrom("home")
  Address residence;

  @Embedded
  @EmbeddedColumnNaming("work_%s")
  @RenamedFrom("office")
  Address workplace;

  @Embedded
  @EmbeddedColumnNaming
  @RenamedFrom("labels")
  Labels badges;
}
