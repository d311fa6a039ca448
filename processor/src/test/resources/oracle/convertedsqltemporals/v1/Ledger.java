package org.example.convertedsqltemporals;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.sql.Date;

/** A java.sql.Date under @Temporal keeps its date; the one without it takes the converter's text. */
@Entity
public class Ledger {
  @Id private Long id;

  @Temporal(TemporalType.DATE)
  private Date opened;

  private Date closed;
}
