package org.example.codedtemporals;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Time codes with {@code @Temporal}, as Hibernate 7 exports them and writes their values: on a
 * {@code java.util.Date} a code of the {@code @Temporal}'s kind (the column of the {@code @Temporal}
 * alone), on a {@code Calendar} any of {@code DATE}, {@code TIME} and {@code TIMESTAMP}, of the
 * {@code @Temporal}'s digits of a second (none for its {@code DATE} or {@code TIME}).
 */
@Entity
public class Ledger {
  @Id private Long id;

  @Temporal(TemporalType.DATE)
  @JdbcTypeCode(SqlTypes.DATE)
  private Date bookedOn;

  @Temporal(TemporalType.TIMESTAMP)
  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  @Column(secondPrecision = 3)
  private Date postedAt;

  @Temporal(TemporalType.TIME)
  @JdbcTypeCode(SqlTypes.LOCAL_TIME)
  private Date cutOff;

  @Temporal(TemporalType.DATE)
  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  private Calendar openedAt;

  @Temporal(TemporalType.TIMESTAMP)
  @JdbcTypeCode(SqlTypes.TIME)
  private Calendar closesAt;

  @Temporal(TemporalType.TIME)
  @JdbcTypeCode(SqlTypes.DATE)
  private Calendar settledOn;

  @ElementCollection
  @Temporal(TemporalType.TIMESTAMP)
  @JdbcTypeCode(SqlTypes.LOCAL_DATE_TIME)
  private List<Date> audits;
}
