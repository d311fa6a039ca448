package org.example.sizes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Calendar;

@Entity
public class Measure {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "measure_gen")
  @SequenceGenerator(
      name = "measure_gen",
      sequenceName = "measure_ids",
      allocationSize = 1,
      initialValue = 10)
  private Long id;

  @Version private Instant changedAt;

  @Column(precision = 20)
  private BigInteger big;

  @Column(precision = 12, scale = 3)
  private BigDecimal amount;

  @Column(precision = 10)
  private BigDecimal whole;

  private ZonedDateTime zoned;

  private Character letter;

  @Column(length = 3)
  private Character wideLetter;

  private Short small;

  @Column(nullable = true)
  private Character plainLetter;

  @Column(length = 255)
  private char fullLetter;

  @Column(precision = 20, scale = 2)
  private BigInteger scaled;

  @jakarta.validation.constraints.Digits(integer = 15, fraction = 0)
  private BigInteger digits;

  // a scale without a precision: Hibernate keeps numeric(38,0), and numeric(38,2) for a BigDecimal
  @Column(scale = 2)
  private BigInteger scaleOnly;

  @Column(scale = 4)
  private BigDecimal amountScaleOnly;

  private java.sql.Timestamp stamp;

  @Temporal(TemporalType.DATE)
  private Calendar dueDay;

  @Column(length = 16)
  private byte[] digest;

  @Column(columnDefinition = "varchar(40)")
  private String defined;

  @Column(nullable = false, unique = true, length = 50)
  private String code;
}
