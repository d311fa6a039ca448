package dev.strata.processor.jpa;

import dev.strata.processor.model.ColumnDefinition;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The order Hibernate 6.2+ gives the columns of a composite primary key (its {@code
 * ColumnOrderingStrategyStandard}): by physical size, at least 4 bytes, so as to waste no padding,
 * then by name. A join table's key {@code (vet_id, specialty_id)} is {@code (specialty_id, vet_id)}
 * in the database; on MariaDB the order decides which secondary indexes it adds.
 */
final class KeyOrder {

  private static final Comparator<ColumnDefinition> ORDER =
      Comparator.<ColumnDefinition>comparingInt(column -> Math.max(size(column.type()), 4))
          .thenComparing(column -> size(column.type()) > 2048)
          .thenComparing(ColumnDefinition::name);

  private static final double DECIMAL_DIGITS_PER_BYTE = Math.log(10) / Math.log(2) * 8;

  private KeyOrder() {}

  static List<String> of(List<ColumnDefinition> columns) {
    return columns.stream().sorted(ORDER).map(ColumnDefinition::name).toList();
  }

  /** The bytes a value of the portable type takes, as Hibernate estimates them. */
  private static int size(String type) {
    String upper = type.toUpperCase(Locale.ROOT);
    int open = upper.indexOf('(');
    String name = open < 0 ? upper : upper.substring(0, open).strip();
    return switch (name) {
      case "BOOLEAN", "TINYINT" -> 1;
      case "SMALLINT" -> 2;
      case "INTEGER", "REAL", "DATE" -> 4;
      case "BIGINT", "DOUBLE PRECISION", "TIME", "TIMESTAMP" -> 8;
      case "UUID", "TIMESTAMP WITH TIME ZONE" -> 16;
      // a native enum on H2 and MariaDB, VARCHAR(255) with a check on PostgreSQL
      case "ENUM" -> 255;
      // binary digits of the decimal precision, in bytes
      case "DECIMAL", "NUMERIC" ->
          (int)
              Math.ceil(
                  (open < 0
                          ? 38
                          : Integer.parseInt(upper.substring(open + 1).split("[,)]")[0].strip()))
                      / DECIMAL_DIGITS_PER_BYTE);
      default ->
          open < 0 ? 255 : Integer.parseInt(upper.substring(open + 1).split("[,)]")[0].strip());
    };
  }
}
