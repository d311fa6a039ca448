package org.example.embeddedrename;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.util.Set;
import org.hibernate.annotations.EmbeddedColumnNaming;

/** A key whose columns its field's name names: key_zone and key_serial. */
@Entity
public class Parcel {
  @EmbeddedId @EmbeddedColumnNaming ParcelKey key;

  String content;

  @ElementCollection Set<String> stickers;
}
