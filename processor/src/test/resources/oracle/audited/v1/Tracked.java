package org.example.audited;

import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;

/** A base class audited for every entity extending it. */
@MappedSuperclass
@Audited
public abstract class Tracked {
  String changedBy;
}
