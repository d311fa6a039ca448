package dev.strata.processor.validation;

import dev.strata.processor.DeclaredStorage.DeclaredIndex;
import dev.strata.processor.DeclaredView;
import dev.strata.processor.model.Schema;
import dev.strata.processor.verify.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks that the indexes of each materialized view of the round name columns the view has: those
 * its query returned on H2 at compile time, else those its parsed select list names. A view whose
 * columns neither tells is left to the database.
 */
public final class IndexColumnsValidator {

  // a select item whose output name is plain to see: "id", "o.id", "sum ( total ) as total"
  private static final Pattern ALIASED = Pattern.compile("(?s).* as ([a-z_][a-z0-9_$]*)");
  private static final Pattern COLUMN =
      Pattern.compile("(?:[a-z_][a-z0-9_$]*\\.)*([a-z_][a-z0-9_$]*)");

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
      Optional<Set<String>> columns = columns(schema, view, verified);
      if (columns.isEmpty()) {
        continue;
      }
      for (DeclaredIndex index : view.storage().indexes()) {
        for (String column : index.columns()) {
          if (!columns.get().contains(column.toLowerCase(Locale.ROOT))) {
            report.error(
                ValidationMessages.unknownIndexColumn(view.name(), column, columns.get()),
                view.element(),
                view.annotation(),
                index.value());
          }
        }
      }
    }
    return report;
  }

  private static Optional<Set<String>> columns(
      Schema schema, DeclaredView view, Map<String, List<Verdict.ResultColumn>> verified) {
    Set<String> names = new TreeSet<>();
    List<Verdict.ResultColumn> ran = verified.get(view.name());
    if (ran != null) {
      ran.forEach(column -> names.add(column.name().toLowerCase(Locale.ROOT)));
      return Optional.of(names);
    }
    Optional<List<String>> items = schema.view(view.name()).flatMap(v -> v.columns());
    if (items.isEmpty()) {
      return Optional.empty();
    }
    for (String item : items.get()) {
      var aliased = ALIASED.matcher(item);
      var plain = COLUMN.matcher(item);
      if (aliased.matches()) {
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
