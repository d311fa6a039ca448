package dev.strata.processor.jpa;

import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.validation.ValidationReport;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses a {@code VARCHAR} or {@code VARBINARY} column longer than a database the module runs on
 * takes in that type. Hibernate gives such a column another type there (a {@code CLOB}, {@code
 * TEXT}, {@code MEDIUMBLOB}, chosen by length), which Strata does not create: its {@code CREATE
 * TABLE} would fail at startup, or Hibernate's validation would find the other type.
 */
public final class ColumnLengths {

  /** Hibernate 7's longest {@code VARCHAR} and {@code VARBINARY}, by database (its dialects). */
  private record Longest(long varchar, long varbinary) {}

  private static final Map<String, Longest> LONGEST =
      Map.of(
          "h2", new Longest(1_048_576, 1_048_576),
          "postgresql", new Longest(10_485_760, Long.MAX_VALUE),
          "mysql", new Longest(16_383, 65_535),
          "mariadb", new Longest(16_383, 65_535));

  private static final Pattern SIZED = Pattern.compile("(VARCHAR|VARBINARY)\\((\\d+)\\)");

  private final Set<String> databases;

  /**
   * @param databases the databases the module runs on ({@code -Astrata.targets} and {@code
   *     -Astrata.dialect}); H2, the default, when they name none
   */
  public ColumnLengths(Set<String> databases) {
    this.databases = TargetDatabases.of(databases);
  }

  /** The longest {@code VARCHAR} (or {@code VARBINARY}) Hibernate writes on {@code database}. */
  static long longest(String database, boolean binary) {
    Longest longest = LONGEST.get(database);
    return binary ? longest.varbinary() : longest.varchar();
  }

  /** Adds an error to {@code report} for each column longer than a database's type holds. */
  public void check(List<EntityCollector.DeclaredEntity> entities, ValidationReport report) {
    for (EntityCollector.DeclaredEntity entity : entities) {
      for (ColumnDefinition column : entity.table().columns()) {
        Matcher sized = SIZED.matcher(column.type().toUpperCase(Locale.ROOT));
        if (!sized.matches()) {
          continue;
        }
        long length = Long.parseLong(sized.group(2));
        for (String database : databases) {
          long most = longest(database, sized.group(1).equals("VARBINARY"));
          if (length > most) {
            report.error(
                JpaMessages.tooLong(
                    "column " + column.name() + " of table " + entity.table().name(),
                    column.type(),
                    TargetDatabases.displayName(database),
                    most),
                MappedFields.of(entity.element(), column.name()),
                null,
                null);
            break;
          }
        }
      }
    }
  }
}
