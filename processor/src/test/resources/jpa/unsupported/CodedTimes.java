package org.example.unsupported;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Time codes whose column a target database refuses, or which Strata does not create there, and a
 * time code on a value that is no date, time or timestamp.
 */
@Entity
public class CodedTimes {
  @Id private Long id;

  @JdbcTypeCode(SqlTypes.TIMESTAMP_WITH_TIMEZONE)
  private LocalDateTime signedAt;

  @JdbcTypeCode(SqlTypes.TIME_WITH_TIMEZONE)
  private OffsetTime opensAt;

  @JdbcTypeCode(value = SqlTypes.TIMESTAMP)
  private LocalDate day;

  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  private String text;

  @ElementCollection
  @JdbcTypeCode(value = SqlTypes.TIMESTAMP_WITH_TIMEZONE)
  private List<LocalDateTime> history;

  // the java.time codes, whose columns are those of TIMESTAMP_WITH_TIMEZONE, TIME_WITH_TIMEZONE and
  // TIMESTAMP
  @JdbcTypeCode(SqlTypes.OFFSET_DATE_TIME)
  private OffsetDateTime stampedAt;

  @JdbcTypeCode(SqlTypes.OFFSET_TIME)
  private OffsetTime closesAt;

  @JdbcTypeCode(SqlTypes.LOCAL_DATE_TIME)
  private LocalDate due;

  // a time code on a date of java.sql, and on a converter's date
  @JdbcTypeCode(SqlTypes.LOCAL_TIME)
  private java.sql.Date closedOn;

  @Convert(converter = ToDay.class)
  @JdbcTypeCode(SqlTypes.INSTANT)
  private String paidOn;

  /** A converter to a date. */
  public static class ToDay implements AttributeConverter<String, LocalDate> {
    @Override
    public LocalDate convertToDatabaseColumn(String text) {
      return text == null ? null : LocalDate.parse(text);
    }

    @Override
    public String convertToEntityAttribute(LocalDate day) {
      return day == null ? null : day.toString();
    }
  }
}
