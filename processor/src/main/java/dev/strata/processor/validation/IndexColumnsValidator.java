package dev.strata.processor.validation;

import dev.strata.processor.DeclaredStorage.DeclaredIndex;
import dev.strata.processor.DeclaredView;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.verify.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks that the indexes of each materialized view of the round name columns the view has: those
 * its query returned on H2 at compile time, else those its parsed select list names; and those each
 * of its dialects' select lists names. A query whose columns neither tells is left to the database.
 */
public final class IndexColumnsValidator {

  // a select item whose output name is plain to see: "id", "o.id", "sum ( total ) as total"
  private static final Pattern ALIASED = Pattern.compile("(?s).* as ([a-z_][a-z0-9_$]*)");
  private static final Pattern COLUMN =
      Pattern.compile("(?:[a-z_][a-z0-9_$]*\\.)*([a-z_][a-z0-9_$]*)");
  // a select item whose output name is a quoted identifier: "customer as \"Customer\""
  private static final Pattern QUOTED =
      Pattern.compile("(?s).*\\s+as\\s+\"((?:[^\"]|\"\")+)\"", Pattern.CASE_INSENSITIVE);

  /**
   * @param verified by view name, the columns of the views whose query ran at compile time
   */
  public ValidationReport validate(
      Schema schema, List<DeclaredView> views, Map<String, List<Verdict.ResultColumn>> verified) {
    ValidationReport report = new ValidationReport();
    for (DeclaredView view : views) {
      if (!view.inRound() || view.storage().indexes().isEmpty()) {
        continue;
      }
      Optional<ViewDefinition> model = schema.view(view.name());
      quotedColumns(quoted(model, verified.get(view.name())), view, report);
      columns(model, view, verified)
          .ifPresent(
              columns ->
                  check(
                      view,
                      columns,
                      column -> unknownIndexColumn(view.name(), column, columns),
                      report));
      // each database's own query must return the indexed columns too; h2's ran above if it ran
      for (String database : model.map(ViewDefinition::databasesWithOwnQuery).orElse(List.of())) {
        if (database.equals("h2") && verified.containsKey(view.name())) {
          continue;
        }
        names(model.get().columnsOn(database))
            .ifPresent(
                columns ->
                    check(
                        view,
                        columns,
                        column ->
                            ValidationMessages.unknownDialectIndexColumn(
                                view.name(), column, database, columns),
                        report));
      }
    }
    return report;
  }

  private static String unknownIndexColumn(String view, String column, Set<String> columns) {
    return ValidationMessages.unknownIndexColumn(view, column, columns);
  }

  /**
   * The lower-case names of the columns the query names quoted, in a case of their own: as the
   * compile-time run returned them, else as the parsed select list shows them (a mixed-case quoted
   * alias, which no database folds an unquoted name to).
   */
  private static Set<String> quoted(
      Optional<ViewDefinition> model, List<Verdict.ResultColumn> ran) {
    Set<String> quoted = new TreeSet<>();
    if (ran != null) {
      ran.stream()
          .filter(Verdict.ResultColumn::quoted)
          .forEach(column -> quoted.add(column.name()));
      return quoted;
    }
    for (String item : model.flatMap(ViewDefinition::columns).orElse(List.of())) {
      var alias = QUOTED.matcher(item);
      if (alias.matches()) {
        String name = alias.group(1);
        if (!name.equals(name.toLowerCase(Locale.ROOT))
            && !name.equals(name.toUpperCase(Locale.ROOT))) {
          quoted.add(name.toLowerCase(Locale.ROOT));
        }
      }
    }
    return quoted;
  }

  /**
   * Index columns are written unquoted, so the database folds their case: a column the query named
   * quoted, in a case of its own, is not found at startup.
   */
  private static void quotedColumns(
      Set<String> quoted, DeclaredView view, ValidationReport report) {
    for (DeclaredIndex index : view.storage().indexes()) {
      for (String column : index.columns()) {
        if (quoted.contains(column.toLowerCase(Locale.ROOT))) {
          report.error(
              ValidationMessages.quotedIndexColumn(view.name(), column),
              view.element(),
              view.annotation(),
              index.value());
        }
      }
    }
  }

  private static void check(
      DeclaredView view,
      Set<String> columns,
      Function<String, String> message,
      ValidationReport report) {
    for (DeclaredIndex index : view.storage().indexes()) {
      for (String column : index.columns()) {
        if (!columns.contains(column.toLowerCase(Locale.ROOT))) {
          report.error(message.apply(column), view.element(), view.annotation(), index.value());
        }
      }
    }
  }

  private static Optional<Set<String>> columns(
      Optional<ViewDefinition> model,
      DeclaredView view,
      Map<String, List<Verdict.ResultColumn>> verified) {
    List<Verdict.ResultColumn> ran = verified.get(view.name());
    if (ran != null) {
      Set<String> names = new TreeSet<>();
      ran.forEach(column -> names.add(column.name().toLowerCase(Locale.ROOT)));
      return Optional.of(names);
    }
    return names(model.flatMap(ViewDefinition::columns));
  }

  /** The output names of select items, if each is plain to see. */
  private static Optional<Set<String>> names(Optional<List<String>> items) {
    if (items.isEmpty()) {
      return Optional.empty();
    }
    Set<String> names = new TreeSet<>();
    for (String item : items.get()) {
      var aliased = ALIASED.matcher(item);
      var plain = COLUMN.matcher(item);
      var quoted = QUOTED.matcher(item);
      if (quoted.matches()) {
        names.add(quoted.group(1).toLowerCase(Locale.ROOT));
      } else if (aliased.matches()) {
        names.add(aliased.group(1));
      } else if (plain.matches()) {
        names.add(plain.group(1));
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(names);
  }
}
