package org.example.jdkvalues;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import java.net.InetAddress;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.NClob;
import java.time.Duration;
import java.time.MonthDay;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

/**
 * The JDK types Hibernate maps without a Java type of Strata's before: a duration's nanoseconds in a
 * {@code numeric(21,0)} (a {@code @Column} scale alone changing nothing), a year in an {@code
 * integer}, an offset time in a {@code time with time zone} on H2 and a {@code time} elsewhere, a
 * class's name and a {@code char[]} in a {@code varchar(255)}, JDBC's large objects as a {@code
 * @Lob}, an IP address in PostgreSQL's {@code inet} and a {@code varbinary(19)} elsewhere (of
 * another width where {@code @Column(length)} gives one other than its default), and the java.time values Hibernate serializes in a {@code varbinary(255)}; as fields, an
 * element collection's values and a map's keys.
 */
@Entity
public class Timetable {
  @Id private Long id;

  private Duration slot;

  @Column(precision = 10, scale = 3)
  private Duration pause;

  @Column(scale = 2)
  private Duration grace;

  @Column(nullable = false)
  private Duration shift;

  private Year season;

  private OffsetTime opensAt;

  @Column(nullable = false)
  private OffsetTime closesAt;

  @Basic(optional = false)
  private Year founded;

  private Class<?> handler;

  @Column(length = 100)
  private Class<? extends Number> unit;

  private char[] code;

  @Column(length = 50)
  private char[] secret;

  @Lob private char[] notes;

  private Blob scan;

  private Clob text;

  @Column(length = 1000)
  private Clob summary;

  private NClob translation;

  private MonthDay anniversary;

  private InetAddress gateway;

  @Column(length = 40)
  private InetAddress proxy;

  @Column(length = 255, nullable = false)
  private InetAddress mirror;

  @Column(length = 20)
  private YearMonth opening;

  private Period term;

  @ElementCollection private Set<Year> closedYears;

  @ElementCollection private Set<OffsetTime> breaks;

  @ElementCollection private Map<Year, Duration> hoursByYear;
}
