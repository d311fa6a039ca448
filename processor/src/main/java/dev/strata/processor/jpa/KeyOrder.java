package dev.strata.processor.jpa;

import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.EnumColumnTypes;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The order Hibernate 6.2+ gives the columns of a composite primary key (its {@code
 * ColumnOrderingStrategyStandard}): by physical size, at least 4 bytes, so as to waste no padding,
 * then by name. A join table's key {@code (vet_id, specialty_id)} is {@code (specialty_id, vet_id)}
 * in the database; on MariaDB the order decides which secondary indexes it adds. A {@code VARCHAR}
 * of the default length, 255, counts as the longest the database takes, as Hibernate sizes it:
 * after a {@code VARCHAR(300)}.
 */
final class KeyOrder {

  private static final Comparator<ColumnDefinition> ORDER = order(false);

  // H2 and MariaDB: a native enum column has no size, which Hibernate puts after every other
  private static final Comparator<ColumnDefinition> NATIVE_ENUM_ORDER = order(true);

  private static final double DECIMAL_DIGITS_PER_BYTE = Math.log(10) / Math.log(2) * 8;

  // the longest VARCHAR of Hibernate's dialects (PostgreSQL's), above which a string is a large
  // object: Hibernate sizes a column of the default length as the dialect's longest
  private static final int DEFAULT_LENGTH_SIZE = 10_485_760;

  private KeyOrder() {}

  /** The order on PostgreSQL, an enum's column sized as its {@code VARCHAR}, and elsewhere. */
  static List<String> of(List<ColumnDefinition> columns) {
    return columns.stream().sorted(ORDER).map(ColumnDefinition::name).toList();
  }

  /**
   * Whether Hibernate gives the key one order on every database. An enum stored by name is a {@code
   * VARCHAR} on PostgreSQL, sized by its length ({@code ENUM('A','B')(20)}, else the default one),
   * and a native enum on H2 and MariaDB, sized by nothing, so after every other column.
   */
  static boolean sameOnEveryDatabase(List<ColumnDefinition> columns) {
    return of(columns)
        .equals(columns.stream().sorted(NATIVE_ENUM_ORDER).map(ColumnDefinition::name).toList());
  }

  private static Comparator<ColumnDefinition> order(boolean nativeEnums) {
    return Comparator.<ColumnDefinition>comparingInt(
            column -> Math.max(size(column.type(), nativeEnums), 4))
        .thenComparing(column -> size(column.type(), nativeEnums) > 2048)
        .thenComparing(ColumnDefinition::name);
  }

  /** The bytes a value of the portable type takes, as Hibernate estimates them. */
  private static int size(String type, boolean nativeEnums) {
    String upper = type.toUpperCase(Locale.ROOT);
    int open = upper.indexOf('(');
    String name = open < 0 ? upper : upper.substring(0, open).strip();
    return switch (name) {
      case "BOOLEAN", "TINYINT" -> 1;
      case "SMALLINT" -> 2;
      // a time of day counts as a date, with or without its zone (measured: an OffsetTime's column
      // comes before an INTEGER of a later name), and a timestamp as one size with or without it
      case "INTEGER", "REAL", "DATE", "TIME", "TIME WITH TIME ZONE" -> 4;
      // a double counts its 53 binary digits, 7 bytes (measured: its column comes before a BIGINT
      // of an earlier name)
      case "DOUBLE PRECISION" -> 7;
      case "BIGINT", "TIMESTAMP", "TIMESTAMP WITH TIME ZONE" -> 8;
      case "UUID" -> 16;
      // a native enum on H2 and MariaDB, a VARCHAR of its length with a check on PostgreSQL
      case "ENUM" ->
          nativeEnums
              ? Integer.MAX_VALUE
              : EnumColumnTypes.length(type) == 0
                  ? DEFAULT_LENGTH_SIZE
                  : EnumColumnTypes.length(type);
      // binary digits of the decimal precision, in bytes
      case "DECIMAL", "NUMERIC" ->
          (int)
              Math.ceil(
                  (open < 0
                          ? 38
                          : Integer.parseInt(upper.substring(open + 1).split("[,)]")[0].strip()))
                      / DECIMAL_DIGITS_PER_BYTE);
      case "VARCHAR", "VARBINARY", "CHAR" -> {
        int length = Integer.parseInt(upper.substring(open + 1).split("[,)]")[0].strip());
        yield length == 255 ? DEFAULT_LENGTH_SIZE : length;
      }
      default ->
          open < 0 ? 255 : Integer.parseInt(upper.substring(open + 1).split("[,)]")[0].strip());
    };
  }
}
