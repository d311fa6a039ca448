package dev.strata.test;

import java.sql.Types;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a column the database reports has the type a snapshot states in Strata's portable
 * notation. It compares {@link Types} codes, which JDBC drivers agree on, rather than type names
 * ({@code int8}, {@code BIGINT}), and the length or precision and scale when the snapshot gives
 * them.
 */
final class PortableType {

  private static final Pattern NOTATION =
      Pattern.compile("([A-Za-z ]+?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?");

  // ENUM('A','B'): H2 and MySQL/MariaDB have an enum type, PostgreSQL gets VARCHAR(255) and a
  // check,
  // or VARCHAR(20) for ENUM('A','B')(20)
  private static final Pattern ENUM = Pattern.compile("(?i)ENUM\\s*(\\(.*'\\s*\\))");
  private static final Pattern ENUM_LENGTH =
      Pattern.compile("(?i)ENUM\\s*(\\(.*'\\s*\\))\\s*(?:\\(\\s*(\\d+)\\s*\\))?");
  private static final Set<Integer> ENUM_CODES = Set.of(Types.OTHER, Types.CHAR, Types.VARCHAR);

  // what each dialect renders a portable type as, seen through its driver
  private static final Map<String, Set<Integer>> CODES =
      Map.ofEntries(
          Map.entry("BIGINT", Set.of(Types.BIGINT)),
          Map.entry("INTEGER", Set.of(Types.INTEGER)),
          Map.entry("INT", Set.of(Types.INTEGER)),
          Map.entry("SMALLINT", Set.of(Types.SMALLINT, Types.TINYINT)),
          // SMALLINT on PostgreSQL, which has no TINYINT
          Map.entry("TINYINT", Set.of(Types.TINYINT, Types.SMALLINT)),
          Map.entry("VARCHAR", Set.of(Types.VARCHAR, Types.NVARCHAR)),
          // VARCHAR on MySQL and MariaDB, as Hibernate's dialects write CHAR(n)
          Map.entry("CHAR", Set.of(Types.CHAR, Types.NCHAR, Types.VARCHAR)),
          Map.entry("TEXT", Set.of(Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB)),
          Map.entry("CLOB", Set.of(Types.CLOB, Types.LONGVARCHAR, Types.VARCHAR)),
          Map.entry("DECIMAL", Set.of(Types.DECIMAL, Types.NUMERIC)),
          Map.entry("NUMERIC", Set.of(Types.DECIMAL, Types.NUMERIC)),
          Map.entry("BOOLEAN", Set.of(Types.BOOLEAN, Types.BIT, Types.TINYINT)),
          Map.entry("DOUBLE PRECISION", Set.of(Types.DOUBLE, Types.FLOAT)),
          Map.entry("DOUBLE", Set.of(Types.DOUBLE, Types.FLOAT)),
          Map.entry("REAL", Set.of(Types.REAL, Types.FLOAT)),
          Map.entry("DATE", Set.of(Types.DATE)),
          Map.entry("TIME", Set.of(Types.TIME)),
          // H2's time with time zone; PostgreSQL, MySQL and MariaDB get TIME
          Map.entry("TIME WITH TIME ZONE", Set.of(Types.TIME_WITH_TIMEZONE, Types.TIME)),
          Map.entry("TIMESTAMP", Set.of(Types.TIMESTAMP)),
          // PostgreSQL's driver reports timestamptz as TIMESTAMP; MySQL/MariaDB get DATETIME(6)
          Map.entry(
              "TIMESTAMP WITH TIME ZONE", Set.of(Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP)),
          Map.entry("UUID", Set.of(Types.OTHER, Types.BINARY, Types.CHAR)),
          Map.entry("BLOB", Set.of(Types.BLOB, Types.BINARY, Types.LONGVARBINARY, Types.VARBINARY)),
          Map.entry("VARBINARY", Set.of(Types.VARBINARY, Types.BINARY, Types.LONGVARBINARY)),
          // PostgreSQL's inet; the VARBINARY(n) of an address's bytes elsewhere
          Map.entry("INET", Set.of(Types.OTHER, Types.VARBINARY, Types.BINARY)));

  // database types that stand for a portable one without its length: PostgreSQL's BYTEA, the
  // large objects (OID) its dialect gives @Lob columns, as Hibernate's does, and its INET
  private static final Map<String, String> LENGTHLESS =
      Map.of("VARBINARY", "bytea", "CLOB", "oid", "BLOB", "oid", "INET", "inet");

  // INTEGER ARRAY: an SQL array on H2 and PostgreSQL, JSON on MySQL and MariaDB
  private static final Pattern ARRAY = Pattern.compile("(?i)\\s*\\S.*\\s+ARRAY\\s*");

  // JSON as each database keeps it: H2's and MySQL's json, PostgreSQL's jsonb, and MariaDB's
  // longtext, which it checks with json_valid
  private static final Set<String> JSON_NAMES = Set.of("json", "jsonb", "longtext");

  // MySQL's and MariaDB's large objects, in four sizes each
  private static final Set<String> SIZED_LARGE_OBJECTS =
      Set.of(
          "tinytext",
          "text",
          "mediumtext",
          "longtext",
          "tinyblob",
          "blob",
          "mediumblob",
          "longblob");

  // the large objects a too long VARCHAR or VARBINARY becomes: H2's, PostgreSQL's text, and those
  private static final Set<String> LARGE_OBJECT_NAMES =
      Set.of(
          "character large object",
          "binary large object",
          "clob",
          "blob",
          "text",
          "tinytext",
          "mediumtext",
          "longtext",
          "tinyblob",
          "mediumblob",
          "longblob");

  private static final int MARIADB_TIME_WIDTH = 10;

  // the characters of MariaDB's yyyy-mm-dd hh:mm:ss, before the point and the digits of a second
  private static final int MARIADB_DATETIME_WIDTH = 19;

  // a time's or timestamp's digits of a second, which SQL writes before the zone: TIMESTAMP(3)
  // WITH TIME ZONE, or TIMESTAMP(10) WITH TIME ZONE of a module that runs on PostgreSQL alone
  private static final Pattern ZONED_DIGITS =
      Pattern.compile(
          "(?i)\\s*(TIME|TIMESTAMP)\\s*\\(\\s*(\\d+)\\s*\\)\\s+WITH\\s+TIME\\s+ZONE\\s*");

  // the digits of a second PostgreSQL keeps of a time or timestamp that gives it more (it takes
  // TIMESTAMP(10) and creates a timestamp(6)); H2 keeps up to 9 and refuses more, MariaDB refuses
  // more than 6, so only PostgreSQL reports 6 for more
  private static final int POSTGRESQL_MAX_DIGITS = 6;

  private PortableType() {}

  /**
   * The digits of a second a time column keeps ({@code TIME(0)}: whole seconds): H2's and
   * PostgreSQL's {@code DECIMAL_DIGITS}; MariaDB's driver reports none, but a width of the 10
   * characters of {@code -838:59:59}, then the point and the digits.
   */
  private static int secondDigits(DatabaseColumn column) {
    return column.scale() > 0
            || !column.typeName().equalsIgnoreCase("time")
            || column.size() <= MARIADB_TIME_WIDTH
        ? column.scale()
        : column.size() - MARIADB_TIME_WIDTH - 1;
  }

  /**
   * The digits of a second a timestamp column keeps: H2's and PostgreSQL's {@code DECIMAL_DIGITS};
   * MariaDB's driver reports none for its {@code datetime}, but a width of the 19 characters of
   * {@code yyyy-mm-dd hh:mm:ss}, then the point and the digits.
   */
  private static int timestampDigits(DatabaseColumn column) {
    return column.scale() > 0
            || !column.typeName().equalsIgnoreCase("datetime")
            || column.size() <= MARIADB_DATETIME_WIDTH
        ? column.scale()
        : column.size() - MARIADB_DATETIME_WIDTH - 1;
  }

  /** Why the column does not have the portable type, or empty when it has it. */
  static Optional<String> mismatch(String portable, DatabaseColumn column) {
    Matcher zoned = ZONED_DIGITS.matcher(portable);
    if (zoned.matches()) {
      String base = zoned.group(1).toUpperCase(Locale.ROOT) + " WITH TIME ZONE";
      return mismatch(base, column)
          .or(() -> digitsMismatch(portable, base, Integer.parseInt(zoned.group(2)), column));
    }
    if (ARRAY.matcher(portable).matches()) {
      return arrayMismatch(portable, column);
    }
    Matcher enumeration = ENUM_LENGTH.matcher(portable.strip());
    if (enumeration.matches()) {
      int length = enumeration.group(2) == null ? 255 : Integer.parseInt(enumeration.group(2));
      return enumMismatch(portable, enumeration.group(1), length, column);
    }
    Matcher notation = NOTATION.matcher(portable.strip());
    if (!notation.matches()) {
      return sameName(portable, column);
    }
    String base = notation.group(1).toUpperCase(Locale.ROOT);
    if (column.typeName().equalsIgnoreCase(LENGTHLESS.getOrDefault(base, ""))) {
      return Optional.empty();
    }
    if (base.equals("JSON")) {
      return JSON_NAMES.contains(column.typeName().toLowerCase(Locale.ROOT))
          ? Optional.empty()
          : Optional.of(differs(portable, column));
    }
    if ((base.equals("VARCHAR") || base.equals("VARBINARY"))
        && notation.group(2) != null
        && LARGE_OBJECT_NAMES.contains(column.typeName().toLowerCase(Locale.ROOT))) {
      return tooLongMismatch(portable, base, notation.group(2), column);
    }
    Set<Integer> codes = CODES.get(base);
    if (codes == null) {
      return sameName(base, column);
    }
    if (!codes.contains(column.jdbcType())) {
      return Optional.of(differs(portable, column));
    }
    if (base.equals("CLOB") || base.equals("BLOB")) {
      return largeObjectMismatch(portable, base, notation.group(2), column);
    }
    if ((base.equals("TIME") || base.equals("TIMESTAMP")) && notation.group(2) != null) {
      return digitsMismatch(portable, base, Integer.parseInt(notation.group(2)), column);
    }
    boolean sizeDiffers =
        notation.group(2) != null && Integer.parseInt(notation.group(2)) != column.size();
    boolean scaleDiffers =
        notation.group(3) != null && Integer.parseInt(notation.group(3)) != column.scale();
    return sizeDiffers || scaleDiffers ? Optional.of(differs(portable, column)) : Optional.empty();
  }

  /**
   * Whether a time or timestamp column keeps other digits of a second than {@code digits}, or than
   * the 6 PostgreSQL keeps of more.
   */
  private static Optional<String> digitsMismatch(
      String portable, String base, int digits, DatabaseColumn column) {
    int kept = base.startsWith("TIMESTAMP") ? timestampDigits(column) : secondDigits(column);
    boolean cut = digits > POSTGRESQL_MAX_DIGITS && kept == POSTGRESQL_MAX_DIGITS;
    return digits == kept || cut ? Optional.empty() : Optional.of(differs(portable, column));
  }

  /**
   * An array: an SQL array where the database has them, whose elements JDBC metadata does not
   * describe alike ({@code _int4} on PostgreSQL), else the JSON Hibernate's MySQL and MariaDB
   * dialects keep it as.
   */
  private static Optional<String> arrayMismatch(String portable, DatabaseColumn column) {
    return column.jdbcType() == Types.ARRAY
            || JSON_NAMES.contains(column.typeName().toLowerCase(Locale.ROOT))
        ? Optional.empty()
        : Optional.of(differs(portable, column));
  }

  /**
   * A {@code VARCHAR} or {@code VARBINARY} longer than the database's type holds, which Hibernate's
   * dialects make a large object: the one the database has, or on MySQL and MariaDB the smallest
   * that holds the length. None is made for a length every database's type holds.
   */
  private static Optional<String> tooLongMismatch(
      String portable, String base, String length, DatabaseColumn column) {
    boolean text = base.equals("VARCHAR");
    long size = Long.parseLong(length);
    if (size <= (text ? 16_383 : 65_535)) {
      return Optional.of(differs(portable, column));
    }
    // PostgreSQL's text, past its longest varchar; MySQL's and MariaDB's would be larger then
    if (text && size > 10_485_760 && column.typeName().equalsIgnoreCase("text")) {
      return Optional.empty();
    }
    return largeObjectMismatch(portable, text ? "CLOB" : "BLOB", length, column);
  }

  /**
   * A large object: of any length where the database has one type for them, but on MySQL and
   * MariaDB the smallest of their four text or blob types that holds the snapshot's length ({@code
   * CLOB(200)} a {@code tinytext}), or the longest for none.
   */
  private static Optional<String> largeObjectMismatch(
      String portable, String base, String length, DatabaseColumn column) {
    String name = column.typeName().toLowerCase(Locale.ROOT);
    String family = base.equals("CLOB") ? "text" : "blob";
    if (!name.endsWith(family) || !SIZED_LARGE_OBJECTS.contains(name)) {
      return Optional.empty();
    }
    long size = length == null ? 0 : Long.parseLong(length);
    String prefix =
        size == 0 || size > 16_777_215
            ? "long"
            : size <= 255 ? "tiny" : size <= 65_535 ? "" : "medium";
    return name.equals(prefix + family) ? Optional.empty() : Optional.of(differs(portable, column));
  }

  /**
   * An enum column: of a type that holds its names, where the database's type name lists the values
   * (H2's {@code ENUM('A', 'B')}), the snapshot's values in its order, and where it is a {@code
   * VARCHAR} (PostgreSQL), of the snapshot's length.
   */
  private static Optional<String> enumMismatch(
      String portable, String values, int length, DatabaseColumn column) {
    Matcher named = ENUM.matcher(column.typeName().strip());
    boolean sameValues =
        !named.matches() || withoutSpaces(named.group(1)).equals(withoutSpaces(values));
    boolean sameLength = !column.typeName().equalsIgnoreCase("varchar") || column.size() == length;
    return ENUM_CODES.contains(column.jdbcType()) && sameValues && sameLength
        ? Optional.empty()
        : Optional.of(differs(portable, column));
  }

  private static String withoutSpaces(String values) {
    return values.strip().replaceAll("'\\s*,\\s*'", "','");
  }

  // a type Strata does not map: the database must call it what the snapshot calls it
  private static Optional<String> sameName(String portable, DatabaseColumn column) {
    return column.typeName().equalsIgnoreCase(portable.strip())
        ? Optional.empty()
        : Optional.of(differs(portable, column));
  }

  private static String differs(String portable, DatabaseColumn column) {
    return "type " + column.describeType() + " in the database, " + portable + " in the snapshot";
  }
}
