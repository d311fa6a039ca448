package org.example.sqltemporals;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapKeyTemporal;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

/** java.sql's types under each @Temporal Hibernate 7 accepts of them, and a map's keys. */
@Entity
public class Ledger {
  @Id Long id;

  @Temporal(TemporalType.DATE)
  Date opened;

  @Temporal(TemporalType.TIME)
  Time cutOff;

  @Temporal(TemporalType.DATE)
  Timestamp settledOn;

  @Temporal(TemporalType.TIMESTAMP)
  Timestamp audited;

  @ElementCollection
  @Temporal(TemporalType.DATE)
  List<Timestamp> holidays;

  @ElementCollection
  @MapKeyTemporal(TemporalType.DATE)
  Map<Timestamp, String> settlements;
}
