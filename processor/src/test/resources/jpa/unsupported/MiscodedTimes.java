package org.example.unsupported;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.time.LocalDateTime;
import java.util.Calendar;
import java.util.Date;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Time codes Hibernate 7 exports a column for and cannot write a value with (measured on H2,
 * PostgreSQL and MariaDB): on a value that is no date, time or timestamp, and against the field's
 * {@code @Temporal}.
 */
@Entity
public class MiscodedTimes {
  @Id private Long id;

  @JdbcTypeCode(SqlTypes.TIMESTAMP) // text
  private String text;

  @JdbcTypeCode(SqlTypes.DATE) // millis
  private Long millis;

  @JdbcTypeCode(SqlTypes.TIMESTAMP) // stamps
  private LocalDateTime[] stamps;

  @Convert(converter = ToText.class)
  @JdbcTypeCode(SqlTypes.LOCAL_DATE_TIME) // written
  private LocalDateTime written;

  @Temporal(TemporalType.DATE)
  @JdbcTypeCode(SqlTypes.TIMESTAMP) // bookedOn
  private Date bookedOn;

  @Temporal(TemporalType.TIMESTAMP)
  @JdbcTypeCode(SqlTypes.LOCAL_DATE_TIME) // openedAt
  private Calendar openedAt;

  /** A converter to text. */
  public static class ToText implements AttributeConverter<LocalDateTime, String> {
    @Override
    public String convertToDatabaseColumn(LocalDateTime value) {
      return value == null ? null : value.toString();
    }

    @Override
    public LocalDateTime convertToEntityAttribute(String text) {
      return text == null ? null : LocalDateTime.parse(text);
    }
  }
}
