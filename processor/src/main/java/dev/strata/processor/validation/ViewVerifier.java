package dev.strata.processor.validation;

import dev.strata.processor.DeclaredDialect;
import dev.strata.processor.DeclaredView;
import dev.strata.processor.model.Schema;
import dev.strata.processor.options.ProcessorOptions;
import dev.strata.processor.verify.QueryVerifier;
import dev.strata.processor.verify.Verdict;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks each view of the round at compile time: its query runs on H2 against the module's tables.
 * The columns of the queries that ran are handed on, for the entities mapped onto them.
 */
public final class ViewVerifier {

  private final ProcessorOptions options;

  public ViewVerifier(ProcessorOptions options) {
    this.options = options;
  }

  /**
   * What running the queries showed.
   *
   * @param report an error on the {@code sql} value of every view whose query failed
   * @param columns by view name, the columns of every view of the round whose query ran
   */
  public record Verification(
      ValidationReport report, Map<String, List<Verdict.ResultColumn>> columns) {
    public Verification {
      columns = Map.copyOf(columns);
    }
  }

  public Verification verify(Schema schema, List<DeclaredView> views) throws SQLException {
    ValidationReport report = new ValidationReport();
    if (!options.verify() || views.stream().noneMatch(DeclaredView::inRound)) {
      return new Verification(report, Map.of());
    }
    if (schema.tables().isEmpty()) {
      report.note(ValidationMessages.NOT_VERIFIED_WITHOUT_ENTITIES, null, null, null);
      return new Verification(report, Map.of());
    }
    Map<String, List<String>> external = new HashMap<>();
    Set<String> unverified = new HashSet<>();
    for (DeclaredView view : views) {
      external.put(view.name(), view.externalTables());
      if (!view.verify()) {
        unverified.add(view.name());
      }
    }
    Map<String, Verdict> verdicts =
        new QueryVerifier(options.dialect()).verify(schema, external, unverified);
    Map<String, List<Verdict.ResultColumn>> columns = new HashMap<>();
    for (DeclaredView view : views) {
      Verdict verdict = verdicts.get(view.name());
      if (view.inRound() && verdict instanceof Verdict.Passed passed) {
        columns.put(view.name(), passed.columns());
      } else if (view.inRound()) {
        report(view, verdict, report);
      }
    }
    return new Verification(report, columns);
  }

  private void report(DeclaredView view, Verdict verdict, ValidationReport report) {
    if (verdict instanceof Verdict.Failed failed) {
      // on the query that ran: the h2 dialect's, if the view has one
      Optional<DeclaredDialect> h2 =
          view.dialects().stream().filter(dialect -> dialect.database().equals("h2")).findFirst();
      report.error(
          ValidationMessages.viewFailsOnH2(
              view.name(), options.dialect().display(), failed.databaseMessage()),
          view.element(),
          h2.map(DeclaredDialect::annotation).orElse(view.annotation()),
          h2.map(DeclaredDialect::sqlValue).orElse(view.sqlValue()));
    } else if (verdict instanceof Verdict.TableFailed table) {
      report.error(
          ValidationMessages.tableFailsOnH2(
              view.name(), options.dialect().display(), table.table(), table.databaseMessage()),
          view.element(),
          view.annotation(),
          view.sqlValue());
    } else if (verdict instanceof Verdict.ReadsUndeclared undeclared) {
      report.error(
          ValidationMessages.readsUndeclaredTables(view.name(), undeclared.tables()),
          view.element(),
          view.annotation(),
          view.sqlValue());
    }
  }
}
