package org.example.convertedsubtypes;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

/** java.sql's subclasses of java.util.Date, which DateText converts as Hibernate matches it. */
@Entity
public class Ledger {
  @Id private Long id;

  private Date closed;

  private Timestamp audited;

  private Time cutOff;

  @ElementCollection private List<Date> holidays;

  @ElementCollection private Map<Timestamp, String> notes;
}
