package dev.strata.processor.verify;

import java.sql.Types;
import java.util.regex.Pattern;

/**
 * Families of SQL types between which a JPA field and a view column must agree. Sizes and widths
 * within a family are not compared: H2, PostgreSQL and MySQL type the same expression differently
 * ({@code COUNT(*)} is {@code BIGINT} on one and {@code INTEGER} on another).
 */
public enum TypeCategory {
  INTEGRAL,
  DECIMAL,
  FLOATING,
  STRING,
  BOOLEAN,
  DATE,
  TIME,
  TIMESTAMP,
  BINARY,
  UUID,
  /**
   * An interval of time other than a number of days ({@code seen - seen}): PostgreSQL's {@code
   * interval}, which no basic Java type of Hibernate's maps to (a {@code Duration} is a {@code
   * numeric} there).
   */
  INTERVAL,
  /** A type Strata does not check, such as an array or JSON. */
  OTHER;

  /** H2's type of a date minus a date, a whole number of days. */
  private static final Pattern DAYS = Pattern.compile("INTERVAL DAY(\\s*\\(\\s*\\d+\\s*\\))?");

  /**
   * The family of a result column of H2 of JDBC type code {@code type} and type name {@code
   * typeName}, as {@link java.sql.ResultSetMetaData} reports them: an {@code ENUM('A', 'B')}, which
   * H2 reports as {@code OTHER}, is a text, as MariaDB's {@code enum} and PostgreSQL's {@code
   * varchar} holding an enum's names are, and Hibernate's validation reads it as one. An {@code
   * INTERVAL DAY}, which H2 gives a date minus a date ({@code CURRENT_DATE - born}), is an integer,
   * as PostgreSQL's {@code date - date} is an {@code integer} and MariaDB's a {@code bigint};
   * another {@code INTERVAL} ({@code seen - seen}) is an interval, as PostgreSQL's is (MariaDB's a
   * {@code decimal}). H2 reports both as JDBC's {@code OTHER}, which Strata did not check.
   */
  public static TypeCategory ofColumn(int type, String typeName) {
    String name = typeName.toUpperCase(java.util.Locale.ROOT);
    if (name.startsWith("ENUM")) {
      return STRING;
    }
    if (name.startsWith("INTERVAL")) {
      return DAYS.matcher(name).matches() ? INTEGRAL : INTERVAL;
    }
    return ofJdbcType(type);
  }

  /** The family of a JDBC type code, as {@link java.sql.ResultSetMetaData} reports it. */
  public static TypeCategory ofJdbcType(int type) {
    return switch (type) {
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> INTEGRAL;
      case Types.DECIMAL, Types.NUMERIC -> DECIMAL;
      case Types.REAL, Types.FLOAT, Types.DOUBLE -> FLOATING;
      case Types.CHAR,
          Types.VARCHAR,
          Types.LONGVARCHAR,
          Types.NCHAR,
          Types.NVARCHAR,
          Types.LONGNVARCHAR,
          Types.CLOB,
          Types.NCLOB ->
          STRING;
      case Types.BOOLEAN, Types.BIT -> BOOLEAN;
      case Types.DATE -> DATE;
      case Types.TIME, Types.TIME_WITH_TIMEZONE -> TIME;
      case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP;
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
      default -> OTHER;
    };
  }

  /** Whether a field of this family can hold a column of {@code column}'s family. */
  public boolean accepts(TypeCategory column) {
    if (this == OTHER || column == OTHER) {
      return true;
    }
    // H2 reports UUID columns as BINARY
    return this == column || (this == UUID && column == BINARY);
  }

  /** The family's name as a user reads it in a message. */
  public String display() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
