package org.example.codedtemporals;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Time codes with {@code @Convert}, as Hibernate 7 exports them: the column of the code on the
 * converter's database side, of that side's digits of a second, whatever {@code secondPrecision}
 * says (a converted value keeps its default).
 */
@Entity
public class Receipt {
  @Id private Long id;

  @Convert(converter = TextToDateTime.class)
  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  @Column(secondPrecision = 3)
  private String issuedAt;

  @Convert(converter = TextToTime.class)
  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  private String printedAt;

  @Convert(converter = MillisToInstant.class)
  @JdbcTypeCode(SqlTypes.TIMESTAMP_UTC)
  private Long paidAt;

  @ElementCollection
  @Convert(converter = TextToDateTime.class)
  @JdbcTypeCode(SqlTypes.LOCAL_DATE_TIME)
  private List<String> reprints;
}
