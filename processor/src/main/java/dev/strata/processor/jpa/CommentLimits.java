package dev.strata.processor.jpa;

import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.validation.ValidationReport;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * Refuses, at compile time, a comment that MySQL or MariaDB would refuse or store as another text
 * when the module runs on either: longer than they keep (1024 characters for a column, 2048 for a
 * table), or holding a backslash, which the session's {@code sql_mode} reads as an escape or as
 * itself, so that the migration would fail at startup.
 */
public final class CommentLimits {

  private static final int LONGEST_COLUMN_COMMENT = 1024;
  private static final int LONGEST_TABLE_COMMENT = 2048;

  private final boolean checked;

  /**
   * @param databases the databases the module runs on ({@code -Astrata.targets} and {@code
   *     -Astrata.dialect}); H2, the default, when they name none
   */
  public CommentLimits(Set<String> databases) {
    this.checked = TargetDatabases.includesMySql(databases);
  }

  /** Adds an error to {@code report} for each comment MySQL or MariaDB would not keep as it is. */
  public void check(List<EntityCollector.DeclaredEntity> entities, ValidationReport report) {
    if (!checked) {
      return;
    }
    for (EntityCollector.DeclaredEntity entity : entities) {
      TableDefinition table = entity.table();
      check(
          "table " + table.name(),
          table.comment(),
          LONGEST_TABLE_COMMENT,
          entity.declaring(),
          report);
      for (ColumnDefinition column : table.columns()) {
        check(
            "column " + column.name() + " of table " + table.name(),
            column.comment(),
            LONGEST_COLUMN_COMMENT,
            MappedFields.of(entity, column.name()),
            report);
      }
    }
  }

  private static void check(
      String subject,
      Optional<String> comment,
      int longest,
      Element element,
      ValidationReport report) {
    if (comment.isEmpty()) {
      return;
    }
    String text = comment.get();
    if (text.indexOf('\\') >= 0) {
      report.error(
          "The comment of "
              + subject
              + " holds a backslash, which MySQL and MariaDB read as an escape or as itself by the"
              + " session's sql_mode (NO_BACKSLASH_ESCAPES): write the comment without one",
          element,
          null,
          null);
    }
    if (text.length() > longest) {
      report.error(
          "The comment of "
              + subject
              + " is "
              + text.length()
              + " characters long, and MySQL and MariaDB keep at most "
              + longest
              + ": shorten it",
          element,
          null,
          null);
    }
  }
}
