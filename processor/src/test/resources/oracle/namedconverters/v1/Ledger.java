package org.example.namedconverters;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.util.Date;

/** A date under @Temporal with a converter @Convert names: Hibernate refuses to start. */
@Entity
public class Ledger {
  @Id Long id;

  @Temporal(TemporalType.DATE)
  @Convert(converter = DateText.class)
  Date opened;
}
