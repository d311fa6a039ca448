package dev.strata.runtime.internal.dialect;

/**
 * The column types of MySQL and MariaDB for Strata's portable types, those Hibernate's MySQL and
 * MariaDB dialects expect: {@code DATETIME(6)} for timestamps with or without zone (or the digits
 * of a second they give: {@code DATETIME(3)} for {@code TIMESTAMP(3)}) and {@code TIME} for times
 * with or without it (neither has a zone type), {@code FLOAT} for {@code REAL} (which means DOUBLE
 * here), and {@code UUID} on MariaDB (10.7+) where MySQL has {@code BINARY(16)}.
 */
final class MySqlTypes {

  /** Hibernate's longest {@code varchar}: 16383 four-byte characters fill 65535 bytes. */
  private static final long LONGEST_VARCHAR = 16_383;

  /** Hibernate's longest {@code varbinary}. */
  private static final long LONGEST_VARBINARY = 65_535;

  /** The longest value a {@code tinytext} or {@code tinyblob} holds. */
  private static final long TINY_LARGE_OBJECT = 255;

  /** The longest value a {@code text} or {@code blob} holds. */
  private static final long LARGE_OBJECT = 65_535;

  /** The longest value a {@code mediumtext} or {@code mediumblob} holds. */
  private static final long MEDIUM_LARGE_OBJECT = 16_777_215;

  private MySqlTypes() {}

  /** See {@link Dialect#nativeType}; {@code mysql} for MySQL, else MariaDB. */
  static String nativeType(PortableType type, boolean mysql) {
    return switch (type.name()) {
      case "DOUBLE PRECISION" -> "DOUBLE";
      case "REAL" -> "FLOAT";
      // Hibernate's microseconds, unless the type gives its digits of a second
      case "TIMESTAMP", "TIMESTAMP WITH TIME ZONE" ->
          "DATETIME" + type.withoutZone(6).substring("TIMESTAMP".length());
      case "TIME WITH TIME ZONE" -> type.arguments().isEmpty() ? "TIME" : "TIME" + type.arguments();
      case "UUID" -> mysql ? "BINARY(16)" : "UUID";
      // as Hibernate's MySQL and MariaDB dialects write them
      case "BOOLEAN" -> "BIT";
      case "CHAR" -> "VARCHAR" + type.arguments();
      case "ENUM" -> type.withoutLength();
      case "INET" -> "VARBINARY" + type.arguments();
      case "CLOB" -> sizedLargeObject(type.length()) + "TEXT";
      case "BLOB" -> sizedLargeObject(type.length()) + "BLOB";
      // longer than these types hold: the large object Hibernate's dialects then choose
      case "VARCHAR" ->
          type.length() > LONGEST_VARCHAR
              ? sizedLargeObject(type.length()) + "TEXT"
              : type.toString();
      case "VARBINARY" ->
          type.length() > LONGEST_VARBINARY
              ? sizedLargeObject(type.length()) + "BLOB"
              : type.toString();
      default -> type.toString();
    };
  }

  /**
   * See {@link Dialect#givenType}: as it is, but a zoned time or timestamp, which neither database
   * has and on which Hibernate's DDL fails, is the column Strata gives the portable type here.
   */
  static String givenType(String text, boolean mysql) {
    return PortableType.parse(text)
        .filter(type -> type.name().endsWith(" WITH TIME ZONE"))
        .map(type -> nativeType(type, mysql))
        .orElse(text);
  }

  /**
   * The prefix of the smallest text or blob type that holds {@code length}, as Hibernate's MySQL
   * and MariaDB dialects choose it; the longest for none.
   */
  private static String sizedLargeObject(long length) {
    if (length == 0 || length > MEDIUM_LARGE_OBJECT) {
      return "LONG";
    }
    return length <= TINY_LARGE_OBJECT ? "TINY" : length <= LARGE_OBJECT ? "" : "MEDIUM";
  }
}
