package org.example.convertedtemporals;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.util.Calendar;
import java.util.Date;

/** Dates under @Temporal keep its column; the one without it takes the converter's text. */
@Entity
public class Parcel {
  @Id private String code;

  @Temporal(TemporalType.DATE)
  private Date sent;

  @Temporal(TemporalType.TIMESTAMP)
  private Calendar stamped;

  private Date received;
}
