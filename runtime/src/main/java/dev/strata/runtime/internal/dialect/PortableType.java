package dev.strata.runtime.internal.dialect;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column type in Strata's portable notation, taken apart so that a dialect can render it: {@code
 * VARCHAR(255)} is {@code VARCHAR} with arguments {@code (255)}. {@code ENUM('A','B')} is the type
 * Hibernate gives an {@code @Enumerated(STRING)} field where the database has one (H2, MySQL,
 * MariaDB); elsewhere it is {@code VARCHAR(255)}, as Hibernate has it.
 *
 * @param name the type's name in upper case, words separated by one space ({@code DOUBLE
 *     PRECISION})
 * @param arguments the parenthesised size, without spaces ({@code (10,2)}), or empty
 */
record PortableType(String name, String arguments) {

  private static final Pattern WITHOUT_SIZE =
      Pattern.compile(
          "BIGINT|INTEGER|SMALLINT|TINYINT|BOOLEAN|DOUBLE PRECISION|REAL|DATE|TIME|TIMESTAMP"
              + "|TIMESTAMP WITH TIME ZONE|UUID|CLOB|BLOB");
  // the values keep their case: they are the names of a Java enum's constants
  private static final Pattern ENUM =
      Pattern.compile("(?i)\\s*ENUM\\s*(\\(\\s*'[^']*'(\\s*,\\s*'[^']*')*\\s*\\))\\s*");
  private static final Pattern SIZED =
      Pattern.compile(
          "(VARCHAR|VARBINARY|CHAR) ?\\( ?(\\d+) ?\\)|DECIMAL ?\\( ?(\\d+) ?(, ?\\d+ ?)?\\)");

  /**
   * The portable type that {@code type} spells, in any case and spacing; empty for any other type,
   * such as a user's own {@code columnDefinition}, which dialects write as it is.
   */
  static Optional<PortableType> parse(String type) {
    Matcher enumeration = ENUM.matcher(type);
    if (enumeration.matches()) {
      return Optional.of(new PortableType("ENUM", enumeration.group(1).replaceAll("\\s", "")));
    }
    String normal = type.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    if (WITHOUT_SIZE.matcher(normal).matches()) {
      return Optional.of(new PortableType(normal, ""));
    }
    Matcher sized = SIZED.matcher(normal);
    if (!sized.matches()) {
      return Optional.empty();
    }
    int open = normal.indexOf('(');
    String name = normal.substring(0, open).strip();
    return Optional.of(new PortableType(name, normal.substring(open).replace(" ", "")));
  }

  /** The type as portable notation writes it, such as {@code DECIMAL(10,2)}. */
  @Override
  public String toString() {
    return name + arguments;
  }
}
