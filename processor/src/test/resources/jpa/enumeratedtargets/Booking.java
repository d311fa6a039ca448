package org.example.enumeratedtargets;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.util.Set;

/** status was an enum once; the field is a String now and @Enumerated stayed. */
@Entity
public class Booking {
  @Id Long id;

  @Enumerated(EnumType.STRING) String status;

  // Hibernate starts on this one, ignoring @Enumerated (measured), and so does Strata
  @ElementCollection @Enumerated Set<String> labels;

  @Enumerated(EnumType.STRING)
  Kind kind;

  @ElementCollection
  @Enumerated(EnumType.STRING)
  Set<Kind> kinds;

  public enum Kind {
    SEAT,
    STANDING
  }
}
