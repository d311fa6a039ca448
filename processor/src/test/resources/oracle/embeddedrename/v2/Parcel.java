package org.example.embeddedrename;

import dev.strata.RenamedFrom;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.util.Set;
import org.hibernate.annotations.EmbeddedColumnNaming;

/** The key renamed: its columns are code_zone and code_serial now. */
@Entity
public class Parcel {
  @EmbeddedId
  @EmbeddedColumnNaming
  @RenamedFrom("key")
  ParcelKey code;

  String content;

  @ElementCollection Set<String> stickers;
}
