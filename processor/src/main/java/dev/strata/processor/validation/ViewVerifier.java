package dev.strata.processor.validation;

import dev.strata.processor.DeclaredDialect;
import dev.strata.processor.DeclaredView;
import dev.strata.processor.jpa.ColumnMatcher;
import dev.strata.processor.model.Schema;
import dev.strata.processor.options.ProcessorOptions;
import dev.strata.processor.verify.NullWitness;
import dev.strata.processor.verify.QueryVerifier;
import dev.strata.processor.verify.Verdict;
import dev.strata.processor.verify.VerificationDialect;
import java.sql.SQLException;
import java.util.Collections;
import java.util.EnumMap;
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
   * @param onTargets by each database the module targets other than {@code -Astrata.dialect}'s, the
   *     columns of every view of the round whose query ran in H2's mode of that database, typed as
   *     it types them: a view entity's field must take those too
   * @param nullWitnesses by view name and column name, rows on which a view an entity of the round
   *     is mapped onto returned NULL in that column
   */
  public record Verification(
      ValidationReport report,
      Map<String, List<Verdict.ResultColumn>> columns,
      Map<VerificationDialect, Map<String, List<Verdict.ResultColumn>>> onTargets,
      Map<String, Map<String, NullWitness>> nullWitnesses) {
    public Verification {
      columns = Map.copyOf(columns);
      nullWitnesses = Map.copyOf(nullWitnesses);
      Map<VerificationDialect, Map<String, List<Verdict.ResultColumn>>> sorted =
          new EnumMap<>(VerificationDialect.class);
      onTargets.forEach((target, byView) -> sorted.put(target, Map.copyOf(byView)));
      onTargets = Collections.unmodifiableMap(sorted);
    }

    Verification(ValidationReport report) {
      this(report, Map.of(), Map.of(), Map.of());
    }
  }

  public Verification verify(Schema schema, List<DeclaredView> views) throws SQLException {
    ValidationReport report = new ValidationReport();
    if (!options.verify() || views.stream().noneMatch(DeclaredView::inRound)) {
      return new Verification(report);
    }
    if (schema.tables().isEmpty()) {
      report.note(ValidationMessages.NOT_VERIFIED_WITHOUT_ENTITIES, null, null, null);
      return new Verification(report);
    }
    Map<String, List<String>> external = new HashMap<>();
    Set<String> unverified = new HashSet<>();
    for (DeclaredView view : views) {
      external.put(view.name(), view.externalTables());
      if (!view.verify()) {
        unverified.add(view.name());
      }
    }
    boolean viewEntities = views.stream().anyMatch(ColumnMatcher::readsColumns);
    Set<String> probed = new HashSet<>();
    views.stream()
        .filter(view -> ColumnMatcher.readsColumns(view) && ColumnMatcher.readsPrimitives(view))
        .forEach(view -> probed.add(view.name()));
    Map<String, Verdict> verdicts =
        new QueryVerifier(
                options.dialect(), options.targets().contains("postgresql"), mysqlTarget())
            .verify(schema, external, unverified, probed);
    for (DeclaredView view : views) {
      Verdict verdict = verdicts.get(view.name());
      if (view.inRound() && !(verdict instanceof Verdict.Passed)) {
        report(view, verdict, report);
      }
    }
    Map<VerificationDialect, Map<String, List<Verdict.ResultColumn>>> onTargets =
        new EnumMap<>(VerificationDialect.class);
    // only a view entity's fields read the other targets' typing: a module without one runs once
    Map<VerificationDialect, QueryVerifier> typings = viewEntities ? otherTargets() : Map.of();
    for (Map.Entry<VerificationDialect, QueryVerifier> typing : typings.entrySet()) {
      onTargets.put(
          typing.getKey(),
          passed(views, typing.getValue().verify(schema, external, unverified, Set.of())));
    }
    return new Verification(report, passed(views, verdicts), onTargets, nullWitnesses(verdicts));
  }

  /**
   * The databases the module targets whose typing the run in {@code -Astrata.dialect}'s mode does
   * not show, each with the run that shows it. PostgreSQL, unless it is the dialect: a run in H2's
   * mode of it. Its run only types columns, as a query H2 refuses in its mode is not its to judge
   * (the dialect's run and the target syntax checks report what is wrong with a query). MariaDB or
   * MySQL, unless one of them is the dialect: a run in the dialect's mode with {@code SUM}, {@code
   * AVG} and divisions typed as they type them, not one in H2's mode of theirs, which types
   * arithmetic on an integer narrower than they do ({@code qty + 1} is a {@code bigint} on MariaDB
   * 10.11) and so would add errors Hibernate does not make. Each run types a view's query of its
   * target's own where it has one, as the target runs that.
   */
  private Map<VerificationDialect, QueryVerifier> otherTargets() {
    Map<VerificationDialect, QueryVerifier> targets = new EnumMap<>(VerificationDialect.class);
    VerificationDialect dialect = options.dialect();
    if (options.targets().contains("postgresql") && dialect != VerificationDialect.POSTGRESQL) {
      targets.put(VerificationDialect.POSTGRESQL, QueryVerifier.typingOfPostgres());
    }
    boolean mysqlDialect =
        dialect == VerificationDialect.MARIADB || dialect == VerificationDialect.MYSQL;
    Optional<VerificationDialect> mysqlTarget =
        mysqlTarget().map(database -> VerificationDialect.named(database));
    if (mysqlTarget.isPresent() && !mysqlDialect) {
      targets.put(
          mysqlTarget.get(), QueryVerifier.typingDecimalsAsMySql(dialect, mysqlTarget.get()));
    }
    return targets;
  }

  /** MariaDB, else MySQL, where the module runs on it. */
  private Optional<String> mysqlTarget() {
    return options.targets().contains("mariadb")
        ? Optional.of("mariadb")
        : options.targets().contains("mysql") ? Optional.of("mysql") : Optional.empty();
  }

  /** The columns of the views of the round whose query ran. */
  private static Map<String, List<Verdict.ResultColumn>> passed(
      List<DeclaredView> views, Map<String, Verdict> verdicts) {
    Map<String, List<Verdict.ResultColumn>> columns = new HashMap<>();
    for (DeclaredView view : views) {
      if (view.inRound() && verdicts.get(view.name()) instanceof Verdict.Passed passed) {
        columns.put(view.name(), passed.columns());
      }
    }
    return columns;
  }

  /** The rows on which each view probed returned NULLs, by view and column. */
  private static Map<String, Map<String, NullWitness>> nullWitnesses(
      Map<String, Verdict> verdicts) {
    Map<String, Map<String, NullWitness>> witnesses = new HashMap<>();
    verdicts.forEach(
        (view, verdict) -> {
          if (verdict instanceof Verdict.Passed passed && !passed.nullWitnesses().isEmpty()) {
            witnesses.put(view, passed.nullWitnesses());
          }
        });
    return witnesses;
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
    } else if (verdict instanceof Verdict.RefusedByPostgres refused) {
      // on the query PostgreSQL runs: its own dialect's, if the view has one
      Optional<DeclaredDialect> own = view.dialectRunOn("postgresql");
      report.error(
          ValidationMessages.foreignSyntax(view.name(), "postgresql", refused.construct()),
          view.element(),
          own.map(DeclaredDialect::annotation).orElse(view.annotation()),
          own.map(DeclaredDialect::sqlValue).orElse(view.sqlValue()));
    } else if (verdict instanceof Verdict.Misread misread) {
      Optional<DeclaredDialect> own = view.dialectRunOn(misread.database());
      report.error(
          ValidationMessages.misreadSyntax(view.name(), misread.database(), misread.construct()),
          view.element(),
          own.map(DeclaredDialect::annotation).orElse(view.annotation()),
          own.map(DeclaredDialect::sqlValue).orElse(view.sqlValue()));
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
