package org.example.embeddedrename;

import dev.strata.RenamedFrom;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import org.hibernate.annotations.EmbeddedColumnNaming;

/** The key renamed: its columns are code_zone and code_serial now. */
@Entity
public class Parcel {
  @EmbeddedId
  @EmbeddedColumnNaming
  @RenamedFrom("key")
  ParcelKey code;

  String content;
}
