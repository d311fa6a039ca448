package dev.strata.processor.sql;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The types of a {@code CAST(x AS type)} or {@code CONVERT(x, type)} that MySQL and MariaDB refuse:
 * their casts take far fewer types than their columns, so {@code CAST(n AS BIGINT)}, which H2 and
 * PostgreSQL run, is a syntax error there at startup. MariaDB's were measured on MariaDB 10.11;
 * MySQL's are those its manual's grammar of {@code CAST} leaves out (8.0 and 8.4: {@code BINARY},
 * {@code CHAR}, {@code DATE}, {@code DATETIME}, {@code DECIMAL}, {@code DOUBLE}, {@code FLOAT},
 * {@code JSON}, {@code NCHAR}, {@code REAL}, {@code SIGNED}, {@code TIME}, {@code UNSIGNED}, {@code
 * YEAR} and the spatial types). A type named here by neither is left to the database.
 */
final class MySqlCastTypes {

  private static final String INTEGER = "write SIGNED, a BIGINT (UNSIGNED for no sign)";
  private static final String FLOATING = "write DOUBLE";
  private static final String TEXT = "write CHAR, or CHAR(n) for at most n characters";
  private static final String BINARY = "write BINARY, or BINARY(n)";
  private static final String BOOLEAN = "write the condition itself, which is 1 or 0 there";

  /** Types both refuse, with what to write instead. */
  private static final Map<String, String> REFUSED_BY_BOTH =
      Map.ofEntries(
          Map.entry("bigint", INTEGER),
          Map.entry("smallint", INTEGER),
          Map.entry("tinyint", INTEGER),
          Map.entry("mediumint", INTEGER),
          Map.entry("int2", INTEGER),
          Map.entry("int8", INTEGER),
          Map.entry("text", TEXT),
          Map.entry("tinytext", TEXT),
          Map.entry("mediumtext", TEXT),
          Map.entry("longtext", TEXT),
          Map.entry("nvarchar", TEXT),
          Map.entry("clob", TEXT),
          Map.entry("varbinary", BINARY),
          Map.entry("blob", BINARY),
          Map.entry("bytea", BINARY),
          Map.entry("numeric", "write DECIMAL(p, s), which H2 and PostgreSQL take too"),
          Map.entry("boolean", BOOLEAN),
          Map.entry("bool", BOOLEAN),
          Map.entry("bit", "write UNSIGNED"));

  /** Types MySQL's grammar leaves out and MariaDB 10.11 takes. */
  private static final Set<String> REFUSED_BY_MYSQL =
      Set.of("int", "integer", "int4", "float4", "float8", "uuid");

  private MySqlCastTypes() {}

  /**
   * Whether the tokens at {@code at} name a type that the database refuses in a cast, and if so in
   * words that say what to write instead.
   *
   * @param at the index of the type's first token, after a cast's {@code AS} or a {@code CONVERT}'s
   *     comma
   * @param mariaDb whether the database is MariaDB, else MySQL
   */
  static Optional<String> refused(ForeignTokens code, int at, boolean mariaDb) {
    String type = code.lower(at);
    String insteadOfIt = insteadOf(code, at, type, mariaDb);
    if (insteadOfIt == null) {
      return Optional.empty();
    }
    return Optional.of(
        "a cast to "
            + spelt(code, at, type)
            + ", a type "
            + (mariaDb ? "MariaDB's" : "MySQL's")
            + " CAST and CONVERT refuse: "
            + insteadOfIt);
  }

  private static String insteadOf(ForeignTokens code, int at, String type, boolean mariaDb) {
    boolean sized = code.are(at + 1, "(");
    if (code.are(at, "double", "precision")) {
      return FLOATING;
    }
    if (code.are(at, "character", "varying")) {
      return TEXT;
    }
    if ((type.equals("time") || type.equals("timestamp")) && zoned(code, at)) {
      return "write DATETIME or TIME, of a time in UTC (neither has zoned times)";
    }
    if (type.equals("timestamp")) {
      return "write DATETIME, or DATETIME(n) for n digits of a second";
    }
    if (REFUSED_BY_BOTH.containsKey(type)) {
      return REFUSED_BY_BOTH.get(type);
    }
    if (type.equals("varchar") && (!mariaDb || !sized)) {
      return TEXT;
    }
    if (mariaDb) {
      return switch (type) {
        case "real" -> FLOATING;
        case "float" -> sized ? FLOATING : null;
        case "json" -> "leave the cast out: MariaDB's JSON is text";
        case "year" -> "write YEAR(x), the year of a date";
        default -> null;
      };
    }
    return REFUSED_BY_MYSQL.contains(type) ? mySqlInsteadOf(type) : null;
  }

  private static String mySqlInsteadOf(String type) {
    return switch (type) {
      case "float4", "float8" -> FLOATING;
      case "uuid" -> "write CHAR(36)";
      default -> INTEGER;
    };
  }

  private static boolean zoned(ForeignTokens code, int at) {
    int after = code.are(at + 1, "(") ? code.afterClosing(at + 1) : at + 1;
    return code.are(after, "with", "time", "zone");
  }

  private static String spelt(ForeignTokens code, int at, String type) {
    String spelt = type;
    if (code.are(at, "double", "precision") || code.are(at, "character", "varying")) {
      spelt = type + " " + code.lower(at + 1);
    } else if (zoned(code, at)) {
      spelt = type + " with time zone";
    }
    return spelt.toUpperCase(Locale.ROOT);
  }
}
