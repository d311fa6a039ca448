package dev.strata.processor.verify;

import java.sql.Types;

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
  /** A type Strata does not check, such as an array or JSON. */
  OTHER;

  /**
   * The family of a result column of H2 of JDBC type code {@code type} and type name {@code
   * typeName}, as {@link java.sql.ResultSetMetaData} reports them: an {@code ENUM('A', 'B')}, which
   * H2 reports as {@code OTHER}, is a text, as MariaDB's {@code enum} and PostgreSQL's {@code
   * varchar} holding an enum's names are, and Hibernate's validation reads it as one.
   */
  public static TypeCategory ofColumn(int type, String typeName) {
    return typeName.toUpperCase(java.util.Locale.ROOT).startsWith("ENUM")
        ? STRING
        : ofJdbcType(type);
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
