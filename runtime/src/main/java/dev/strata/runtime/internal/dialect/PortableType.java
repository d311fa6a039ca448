package dev.strata.runtime.internal.dialect;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column type in Strata's portable notation, taken apart so that a dialect can render it: {@code
 * VARCHAR(255)} is {@code VARCHAR} with arguments {@code (255)}. {@code ENUM('A','B')} is the type
 * Hibernate gives an {@code @Enumerated(STRING)} field where the database has one (H2, MySQL,
 * MariaDB); elsewhere it is {@code VARCHAR(255)}, as Hibernate has it, or the length that follows
 * the values: {@code ENUM('A','B')(20)} is {@code VARCHAR(20)} there, from {@code @Column(length =
 * 20)}, which Hibernate applies to the {@code VARCHAR} only. {@code CLOB(200)} and {@code
 * BLOB(200)} are large objects of at most that length, which only MySQL and MariaDB size: in the
 * smallest of their four text or blob types that holds it. {@code INET(19)} is an IP address, which
 * only PostgreSQL has a type for: elsewhere it is the {@code VARBINARY(19)} of its bytes, as
 * Hibernate has it. {@code INTEGER ARRAY} is an array of a portable type ({@link #arrayElement}).
 * {@code TIMESTAMP(3)}, {@code TIMESTAMP(3) WITH TIME ZONE}, {@code TIME(0)} and {@code TIME(3)
 * WITH TIME ZONE} keep that many digits of a second, where the types without them keep each
 * database's default (or Hibernate's, where a dialect writes it).
 *
 * @param name the type's name in upper case, words separated by one space ({@code DOUBLE
 *     PRECISION})
 * @param arguments the parenthesised size, without spaces ({@code (10,2)}), a time's or timestamp's
 *     digits of a second ({@code (3)} of {@code TIMESTAMP(3) WITH TIME ZONE}, whose name is {@code
 *     TIMESTAMP WITH TIME ZONE}), or an enum's values ({@code ('A','B')}), or empty
 * @param enumLength the length of the {@code VARCHAR} that holds an {@code ENUM} where the database
 *     has no enum type; 0 for any other type
 */
record PortableType(String name, String arguments, int enumLength) {

  private static final Pattern WITHOUT_SIZE =
      Pattern.compile(
          "BIGINT|INTEGER|SMALLINT|TINYINT|BOOLEAN|DOUBLE PRECISION|REAL|DATE|TIME|TIMESTAMP"
              + "|TIME WITH TIME ZONE|TIMESTAMP WITH TIME ZONE|UUID|CLOB|BLOB|JSON");
  // the values keep their case: they are the names of a Java enum's constants
  private static final Pattern ENUM =
      Pattern.compile(
          "(?i)\\s*ENUM\\s*(\\(\\s*'[^']*'(\\s*,\\s*'[^']*')*\\s*\\))\\s*(?:\\(\\s*([1-9]\\d*)\\s*\\)\\s*)?");
  private static final int ENUM_LENGTH = 255;
  private static final Pattern ARRAY = Pattern.compile("(?i)\\s*(.*?)\\s+ARRAY\\s*");
  // the digits of a second, which SQL writes before the zone: TIMESTAMP(3) WITH TIME ZONE, or
  // TIME(10) WITH TIME ZONE of a module that runs on PostgreSQL alone, which keeps 6 of them
  private static final Pattern FRACTIONAL =
      Pattern.compile("(TIME|TIMESTAMP) ?\\( ?(\\d+) ?\\)( WITH TIME ZONE)?");
  private static final String ZONE = " WITH TIME ZONE";
  private static final Pattern SIZED =
      Pattern.compile(
          "(VARCHAR|VARBINARY|CHAR|CLOB|BLOB|INET) ?\\( ?(\\d+) ?\\)"
              + "|DECIMAL ?\\( ?(\\d+) ?(, ?\\d+ ?)?\\)");

  PortableType {
    if (name.equals("ENUM") != enumLength > 0) {
      throw new IllegalArgumentException("Only an ENUM has an enum length: " + name);
    }
  }

  /** A type other than an {@code ENUM}, or an {@code ENUM} of Hibernate's default length. */
  PortableType(String name, String arguments) {
    this(name, arguments, name.equals("ENUM") ? ENUM_LENGTH : 0);
  }

  /**
   * The portable type that {@code type} spells, in any case and spacing; empty for any other type,
   * such as a user's own {@code columnDefinition}, which dialects write as it is.
   */
  static Optional<PortableType> parse(String type) {
    Matcher enumeration = ENUM.matcher(type);
    if (enumeration.matches()) {
      String length = enumeration.group(3);
      return Optional.of(
          new PortableType(
              "ENUM",
              enumeration.group(1).replaceAll("\\s", ""),
              length == null ? ENUM_LENGTH : Integer.parseInt(length)));
    }
    String normal = type.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    if (WITHOUT_SIZE.matcher(normal).matches()) {
      return Optional.of(new PortableType(normal, ""));
    }
    Matcher fractional = FRACTIONAL.matcher(normal);
    if (fractional.matches()) {
      String zone = fractional.group(3) == null ? "" : ZONE;
      return Optional.of(
          new PortableType(fractional.group(1) + zone, "(" + fractional.group(2) + ")"));
    }
    Matcher sized = SIZED.matcher(normal);
    if (!sized.matches()) {
      return Optional.empty();
    }
    int open = normal.indexOf('(');
    String name = normal.substring(0, open).strip();
    return Optional.of(new PortableType(name, normal.substring(open).replace(" ", "")));
  }

  /**
   * The element of an array type, {@code INTEGER} of {@code INTEGER ARRAY} or {@code VARCHAR(40)}
   * of {@code VARCHAR(40) ARRAY}, when it is a portable type other than an enum or an array; empty
   * for any other type.
   */
  static Optional<PortableType> arrayElement(String type) {
    Matcher array = ARRAY.matcher(type);
    return array.matches()
        ? parse(array.group(1)).filter(element -> !element.name().equals("ENUM"))
        : Optional.empty();
  }

  /**
   * The length of a type sized by one number, {@code 200} of {@code CLOB(200)} or {@code
   * VARCHAR(200)}; 0 for none.
   */
  long length() {
    return arguments.isEmpty() ? 0 : Long.parseLong(arguments.substring(1, arguments.length() - 1));
  }

  /**
   * The type of a time or timestamp without its zone, with its digits of a second or {@code
   * defaultDigits} when it gives none: {@code TIMESTAMP(6)} of {@code TIMESTAMP WITH TIME ZONE}.
   */
  String withoutZone(int defaultDigits) {
    return name.replace(ZONE, "") + (arguments.isEmpty() ? "(" + defaultDigits + ")" : arguments);
  }

  /** The {@code VARCHAR} that holds an {@code ENUM} where the database has no enum type. */
  String enumStorage() {
    return "VARCHAR(" + enumLength + ")";
  }

  /** The type without an enum's length, as a database with enum types writes it. */
  String withoutLength() {
    return name + arguments;
  }

  /** The type as portable notation writes it, such as {@code DECIMAL(10,2)}. */
  @Override
  public String toString() {
    if (name.endsWith(ZONE) && !arguments.isEmpty()) {
      return name.replace(ZONE, "") + arguments + ZONE;
    }
    return name
        + arguments
        + (enumLength == 0 || enumLength == ENUM_LENGTH ? "" : "(" + enumLength + ")");
  }
}
