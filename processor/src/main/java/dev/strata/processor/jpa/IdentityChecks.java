package dev.strata.processor.jpa;

import dev.strata.processor.model.CheckDefinition;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.validation.ValidationReport;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Refuses, at compile time, a check constraint that reads a column the database generates ({@code
 * GenerationType.IDENTITY}) when the module runs on MySQL or MariaDB: both refuse a {@code CHECK}
 * on an {@code AUTO_INCREMENT} column (MariaDB: "Function or expression 'AUTO_INCREMENT' cannot be
 * used in the CHECK clause"), so the migration, like Hibernate's own DDL, would fail at startup.
 */
public final class IdentityChecks {

  // a string in the condition names no column
  private static final Pattern STRING = Pattern.compile("'(?:[^']|'')*'");

  private final boolean checked;

  /**
   * @param databases the databases the module runs on ({@code -Astrata.targets} and {@code
   *     -Astrata.dialect}); H2, the default, when they name none
   */
  public IdentityChecks(Set<String> databases) {
    this.checked = TargetDatabases.includesMySql(databases);
  }

  /** Adds an error to {@code report} for each check on an identity column of the entities. */
  public void check(List<EntityCollector.DeclaredEntity> entities, ValidationReport report) {
    if (!checked) {
      return;
    }
    for (EntityCollector.DeclaredEntity entity : entities) {
      TableDefinition table = entity.table();
      for (ColumnDefinition column : table.columns()) {
        if (!column.identity()) {
          continue;
        }
        for (CheckDefinition check : table.checks()) {
          if (reads(check.condition(), column.name())) {
            report.error(
                "Check "
                    + check.name()
                    + " ("
                    + check.condition()
                    + ") reads column "
                    + column.name()
                    + " of table "
                    + table.name()
                    + ", which the database generates (GenerationType.IDENTITY), and MySQL and"
                    + " MariaDB refuse a check on an AUTO_INCREMENT column, as they would refuse"
                    + " Hibernate's own DDL: remove the constraint that makes it (a @Min, @Max,"
                    + " @Check or @Column(check)) from the key, or mysql and mariadb from"
                    + " -Astrata.targets",
                MappedFields.of(entity.element(), column.name()),
                null,
                null);
          }
        }
      }
    }
  }

  private static boolean reads(String condition, String column) {
    String code = STRING.matcher(condition).replaceAll("''").toLowerCase(Locale.ROOT);
    return Pattern.compile(
            "(?<![a-z0-9_$])" + Pattern.quote(column.toLowerCase(Locale.ROOT)) + "(?![a-z0-9_$])")
        .matcher(code)
        .find();
  }
}
