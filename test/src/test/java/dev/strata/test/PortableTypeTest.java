package dev.strata.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Types;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The portable notation of an enum, of a time with time zone, of an IP address and of an array,
 * against the columns each database reports for it.
 */
class PortableTypeTest {

  @Test
  void anEnumsLengthIsThatOfTheVarcharHoldingIt() {
    DatabaseColumn postgres =
        new DatabaseColumn(
            "grade",
            Types.VARCHAR,
            "varchar",
            20,
            0,
            true,
            Optional.empty(),
            false,
            Optional.empty());

    assertEquals(Optional.empty(), PortableType.mismatch("ENUM('HIGH','LOW')(20)", postgres));
    assertTrue(PortableType.mismatch("ENUM('HIGH','LOW')", postgres).isPresent());
    assertTrue(PortableType.mismatch("ENUM('HIGH','LOW')(30)", postgres).isPresent());
  }

  @Test
  void aNativeEnumHasNoLengthToCompare() {
    DatabaseColumn h2 =
        new DatabaseColumn(
            "grade",
            Types.OTHER,
            "ENUM('HIGH', 'LOW')",
            4,
            0,
            true,
            Optional.empty(),
            false,
            Optional.empty());

    assertEquals(Optional.empty(), PortableType.mismatch("ENUM('HIGH','LOW')(20)", h2));
    assertTrue(PortableType.mismatch("ENUM('HIGH','MID')(20)", h2).isPresent());
  }

  @Test
  void aTimeWithTimeZoneIsH2sTimeWithTimeZoneAndATimeElsewhere() {
    assertEquals(
        Optional.empty(),
        PortableType.mismatch(
            "TIME WITH TIME ZONE", column(Types.TIME_WITH_TIMEZONE, "TIME WITH TIME ZONE")));
    assertEquals(
        Optional.empty(), PortableType.mismatch("TIME WITH TIME ZONE", column(Types.TIME, "time")));
    assertTrue(
        PortableType.mismatch("TIME WITH TIME ZONE", column(Types.TIMESTAMP, "timestamp"))
            .isPresent());
  }

  /**
   * A time of whole seconds, as Hibernate's {@code time(0)}, against the columns each database
   * reports (measured): the digits of a second are H2's and PostgreSQL's {@code DECIMAL_DIGITS},
   * and on MariaDB, whose driver reports none, what its width has past {@code hh:mm:ss}'s 10.
   */
  @Test
  void aTimesDigitsOfASecondAreComparedAsEachDatabaseReportsThem() {
    DatabaseColumn h2 = column(Types.TIME, "TIME", 8, 0);
    DatabaseColumn postgresMicros = column(Types.TIME, "time", 15, 6);
    DatabaseColumn mariadb = column(Types.TIME, "TIME", 10, 0);
    DatabaseColumn mariadbMillis = column(Types.TIME, "TIME", 14, 0);

    assertEquals(Optional.empty(), PortableType.mismatch("TIME(0)", h2));
    assertEquals(Optional.empty(), PortableType.mismatch("TIME(0)", mariadb));
    assertEquals(Optional.empty(), PortableType.mismatch("TIME(3)", mariadbMillis));
    assertEquals(Optional.empty(), PortableType.mismatch("TIME", postgresMicros));
    assertTrue(PortableType.mismatch("TIME(0)", postgresMicros).isPresent());
    assertTrue(PortableType.mismatch("TIME(0)", mariadbMillis).isPresent());
  }

  /**
   * A timestamp's digits of a second, with or without its zone: H2's and PostgreSQL's {@code
   * DECIMAL_DIGITS}, and on MariaDB, whose driver reports none, what its {@code datetime}'s width
   * has past {@code yyyy-mm-dd hh:mm:ss}'s 19.
   */
  @Test
  void aTimestampsDigitsOfASecondAreComparedAsEachDatabaseReportsThem() {
    DatabaseColumn postgresMillis = column(Types.TIMESTAMP, "timestamptz", 29, 3);
    DatabaseColumn mariadbMillis = column(Types.TIMESTAMP, "DATETIME", 23, 0);
    DatabaseColumn mariadbSeconds = column(Types.TIMESTAMP, "DATETIME", 19, 0);
    DatabaseColumn h2Zoned = column(Types.TIME_WITH_TIMEZONE, "TIME WITH TIME ZONE", 17, 2);

    assertEquals(Optional.empty(), PortableType.mismatch("TIMESTAMP(3)", postgresMillis));
    assertEquals(
        Optional.empty(), PortableType.mismatch("TIMESTAMP(3) WITH TIME ZONE", postgresMillis));
    assertEquals(Optional.empty(), PortableType.mismatch("TIMESTAMP(3)", mariadbMillis));
    assertEquals(Optional.empty(), PortableType.mismatch("TIMESTAMP(0)", mariadbSeconds));
    assertEquals(Optional.empty(), PortableType.mismatch("TIME(2) WITH TIME ZONE", h2Zoned));
    assertTrue(PortableType.mismatch("TIMESTAMP(6)", mariadbMillis).isPresent());
    assertTrue(PortableType.mismatch("TIMESTAMP(0) WITH TIME ZONE", postgresMillis).isPresent());
    assertTrue(PortableType.mismatch("TIME(3) WITH TIME ZONE", h2Zoned).isPresent());
  }

  /**
   * More digits of a second than PostgreSQL keeps, which a module that runs on PostgreSQL alone
   * declares ({@code @Column(secondPrecision = 10)}): PostgreSQL creates its 6 (measured:
   * timestamp(10) is a timestamp(6), with a warning), which the snapshot's type stands for.
   */
  @Test
  void moreDigitsOfASecondThanPostgresqlKeepsAreItsSix() {
    DatabaseColumn postgresMicros = column(Types.TIMESTAMP, "timestamp", 26, 6);
    DatabaseColumn postgresZonedMicros = column(Types.TIMESTAMP, "timestamptz", 35, 6);
    DatabaseColumn postgresMillis = column(Types.TIMESTAMP, "timestamp", 23, 3);

    assertEquals(Optional.empty(), PortableType.mismatch("TIMESTAMP(10)", postgresMicros));
    assertEquals(Optional.empty(), PortableType.mismatch("TIMESTAMP(7)", postgresMicros));
    assertEquals(
        Optional.empty(),
        PortableType.mismatch("TIMESTAMP(12) WITH TIME ZONE", postgresZonedMicros));
    assertTrue(PortableType.mismatch("TIMESTAMP(10)", postgresMillis).isPresent());
    assertTrue(PortableType.mismatch("TIMESTAMP(10) WITH TIME ZONE", postgresMillis).isPresent());
  }

  @Test
  void anAddressIsPostgresqlsInetAndAVarbinaryOfItsWidthElsewhere() {
    assertEquals(Optional.empty(), PortableType.mismatch("INET(19)", column(Types.OTHER, "inet")));
    assertEquals(
        Optional.empty(),
        PortableType.mismatch("INET(19)", column(Types.VARBINARY, "varbinary", 19)));
    assertTrue(
        PortableType.mismatch("INET(40)", column(Types.VARBINARY, "varbinary", 19)).isPresent());
  }

  @Test
  void anArrayIsAnSqlArrayOrTheJsonTextMariadbKeepsItAs() {
    assertEquals(
        Optional.empty(),
        PortableType.mismatch("VARCHAR(40) ARRAY", column(Types.ARRAY, "_varchar")));
    assertEquals(
        Optional.empty(),
        PortableType.mismatch("INTEGER ARRAY", column(Types.LONGVARCHAR, "longtext")));
    assertTrue(
        PortableType.mismatch("INTEGER ARRAY", column(Types.INTEGER, "integer")).isPresent());
  }

  private static DatabaseColumn column(int jdbcType, String typeName) {
    return column(jdbcType, typeName, 8);
  }

  private static DatabaseColumn column(int jdbcType, String typeName, int size) {
    return column(jdbcType, typeName, size, 0);
  }

  private static DatabaseColumn column(int jdbcType, String typeName, int size, int scale) {
    return new DatabaseColumn(
        "opens_at",
        jdbcType,
        typeName,
        size,
        scale,
        true,
        Optional.empty(),
        false,
        Optional.empty());
  }
}
