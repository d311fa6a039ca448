package org.example.embeddedrename;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import org.hibernate.annotations.EmbeddedColumnNaming;

/** A key whose columns its field's name names: key_zone and key_serial. */
@Entity
public class Parcel {
  @EmbeddedId @EmbeddedColumnNaming ParcelKey key;

  String content;
}
