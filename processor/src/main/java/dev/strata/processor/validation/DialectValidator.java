package dev.strata.processor.validation;

import dev.strata.View.Algorithm;
import dev.strata.View.CheckOption;
import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.DeclaredDialect;
import dev.strata.processor.DeclaredView;
import dev.strata.processor.model.DialectQuery;
import dev.strata.processor.sql.CheckOptionObstacles;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks what a view declares for particular databases: each dialect names a known database once
 * and has a query, and no option is set that a database the module targets lacks.
 */
public final class DialectValidator {

  private final Set<String> targets;

  /**
   * @param targets the databases the module runs on, as {@code -Astrata.targets} names them
   */
  public DialectValidator(Set<String> targets) {
    this.targets = Set.copyOf(targets);
  }

  public ValidationReport validate(List<DeclaredView> views) {
    ValidationReport report = new ValidationReport();
    for (DeclaredView view : views) {
      Set<String> seen = new HashSet<>();
      for (DeclaredDialect dialect : view.dialects()) {
        if (!DialectQuery.DATABASES.contains(dialect.database())) {
          report.error(
              ValidationMessages.unknownDialect(dialect.database()),
              view.element(),
              dialect.annotation(),
              dialect.databaseValue());
        } else if (!seen.add(dialect.database())) {
          report.error(
              ValidationMessages.dialectTwice(dialect.database()),
              view.element(),
              dialect.annotation(),
              dialect.databaseValue());
        }
        ViewValidator.checkSql(
            dialect.sql(), report, view.element(), dialect.annotation(), dialect.sqlValue());
      }
      // sorted: one error per targeted database, in a stable order
      for (String target : targets.stream().sorted().toList()) {
        for (String attribute : view.options().lackingOn(target)) {
          report.error(
              ValidationMessages.optionLacking(attribute, target),
              view.element(),
              view.annotation(),
              AnnotationMirrors.value(view.annotation(), attribute).orElse(null));
        }
        checkOptionRefused(view, target, report);
      }
    }
    return report;
  }

  /**
   * A check option on a view the target cannot update, which it refuses to create: for its query,
   * or, on MySQL and MariaDB, for {@code ALGORITHM = TEMPTABLE}, whose rows are a temporary
   * table's.
   */
  private static void checkOptionRefused(
      DeclaredView view, String target, ValidationReport report) {
    if (view.options().checkOption() == CheckOption.NONE || target.equals("h2")) {
      return;
    }
    boolean temporary =
        view.options().algorithm() == Algorithm.TEMPTABLE && !target.equals("postgresql");
    Optional<String> refusal =
        temporary
            ? Optional.of(ValidationMessages.checkOptionOnTemporaryTable(view.name(), target))
            : CheckOptionObstacles.of(queryOn(view, target), target)
                .map(
                    obstacle ->
                        ValidationMessages.checkOptionNotUpdatable(view.name(), target, obstacle));
    refusal.ifPresent(
        message ->
            report.error(
                message,
                view.element(),
                view.annotation(),
                AnnotationMirrors.value(view.annotation(), "checkOption").orElse(null)));
  }

  /** The query {@code database} runs: its dialect's; on MariaDB, else MySQL's; else {@code sql}. */
  private static String queryOn(DeclaredView view, String database) {
    return view.dialectRunOn(database).map(DeclaredDialect::sql).orElse(view.sql());
  }
}
