package dev.strata.runtime.internal.command;

import dev.strata.runtime.ActiveRun;
import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.DroppedData;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationSource;
import dev.strata.runtime.StatusReport;
import dev.strata.runtime.StrataException;
import dev.strata.runtime.ValidationException;
import dev.strata.runtime.ValidationReport;
import dev.strata.runtime.internal.Identifiers;
import dev.strata.runtime.internal.dialect.Dialects;
import dev.strata.runtime.internal.execution.Session;
import dev.strata.runtime.internal.history.HistoryRow;
import dev.strata.runtime.internal.jdbc.SqlFunction;
import dev.strata.runtime.internal.lock.LockRequest;
import dev.strata.runtime.internal.plan.DroppedDataFinder;
import dev.strata.runtime.internal.plan.StatusAssembler;
import dev.strata.runtime.internal.source.MigrationSet;
import dev.strata.runtime.internal.source.SourceValidator;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Carries out the operations of the public {@code Strata}: one connection per run; runs that change
 * the database hold the dialect's session lock throughout, runs that read take no lock and create
 * nothing.
 */
public final class Migrator {

  private final SessionRunner sessions;
  private final List<MigrationSet> sets;
  private final StartPolicy policy;

  private Migrator(SessionRunner sessions, List<MigrationSet> sets, StartPolicy policy) {
    this.sessions = sessions;
    this.sets = sets;
    this.policy = policy;
  }

  /**
   * This migrator with what an upgrade does first under the lock.
   *
   * @param revertUnknown revert migrations the code lacks from their stored downgrades
   * @param keepData refuse such a revert that drops tables or columns
   * @param failOnDrift refuse to upgrade when a view drifted
   */
  public Migrator withStartPolicy(boolean revertUnknown, boolean keepData, boolean failOnDrift) {
    return new Migrator(sessions, sets, new StartPolicy(revertUnknown, keepData, failOnDrift));
  }

  /**
   * Validates {@code sources}; connects to no database.
   *
   * @param dataSource null for a migrator that only renders SQL
   * @throws dev.strata.runtime.StrataException if the sources are inconsistent
   */
  public static Migrator create(
      DataSource dataSource,
      String historyTable,
      List<MigrationSource> sources,
      Duration lockTimeout,
      Duration lockLease) {
    Identifiers.requireValid(historyTable, "history table name");
    Objects.requireNonNull(lockTimeout, "lockTimeout");
    Objects.requireNonNull(lockLease, "lockLease");
    SessionRunner sessions =
        dataSource == null
            ? null
            : new SessionRunner(dataSource, historyTable, lockTimeout, lockLease);
    return new Migrator(sessions, SourceValidator.validate(sources), StartPolicy.DEFAULT);
  }

  /** The names of the loaded sets, sorted. */
  public List<String> sets() {
    return sets.stream().map(MigrationSet::name).toList();
  }

  // no lambdas here: linking one loads the classes of its signature, which a start with nothing
  // to do never needs; completed receives each migration the run applies or reverts, for the
  // caller to report those done before a failure
  public List<MigrationInfo> upgrade(List<MigrationInfo> completed) {
    if (!policy.allowsShortcut()) {
      return sessions().locked(Upgrade.all(sets, policy), completed);
    }
    return sessions().locked(NothingPending.all(sets), Upgrade.all(sets, policy), completed);
  }

  /** Every pending migration of {@code set}: {@link #upgrade(String, int, List)}. */
  public List<MigrationInfo> upgrade(String set, List<MigrationInfo> completed) {
    return upgrade(set, set(set).newestVersion(), completed);
  }

  public List<MigrationInfo> upgrade(String set, int target, List<MigrationInfo> completed) {
    MigrationSet found = versioned(set, target, "upgrade");
    if (!policy.allowsShortcut()) {
      return sessions().locked(Upgrade.upTo(found, target, policy), completed);
    }
    return sessions()
        .locked(NothingPending.upTo(found, target), Upgrade.upTo(found, target, policy), completed);
  }

  public List<MigrationInfo> downgrade(String set, int version, List<MigrationInfo> completed) {
    MigrationSet found = versioned(set, version, "downgrade");
    return sessions().locked(session -> Downgrade.run(session, found, version, false), completed);
  }

  /** {@link #downgrade}, refusing under the lock one that drops tables or columns. */
  public List<MigrationInfo> downgradeKeepingData(
      String set, int version, List<MigrationInfo> completed) {
    MigrationSet found = versioned(set, version, "downgrade");
    return sessions().locked(session -> Downgrade.run(session, found, version, true), completed);
  }

  public List<MigrationInfo> repair(List<MigrationInfo> completed) {
    return sessions().locked(session -> Repair.run(session, sets), completed);
  }

  /** {@link #repair(List)} of the runs of set {@code set} alone. */
  public List<MigrationInfo> repair(String set, List<MigrationInfo> completed) {
    List<MigrationSet> only = List.of(set(set));
    return sessions().locked(session -> Repair.run(session, only), completed);
  }

  public List<MigrationInfo> baseline(String set, int version) {
    MigrationSet found = versioned(set, version, 1, "baseline", "at");
    return sessions().locked(session -> Baseline.run(session, found, version));
  }

  /** Refreshes materialized view {@code name}, or every one when it is null. */
  public List<String> refresh(String name, boolean concurrently) {
    return sessions().locked(session -> Refresh.run(session, name, concurrently));
  }

  /**
   * Refreshes materialized view {@code name} of set {@code set}: refused, before anything is
   * locked, when the migrations of another set create it, or those of no loaded set.
   */
  public List<String> refresh(String set, String name, boolean concurrently) {
    set(set);
    // a view that the history records but no loaded set creates is no view of this set either
    String owner =
        MaterializedViewOwner.of(sets, name)
            .orElseThrow(
                () -> new IllegalArgumentException(RefreshMessages.ofNoLoadedSet(name, set)));
    if (!owner.equals(set)) {
      throw new IllegalArgumentException(RefreshMessages.ofAnotherSet(name, set, owner));
    }
    return refresh(name, concurrently);
  }

  public StatusReport status() {
    return sessions()
        .readOnly(
            session -> {
              List<HistoryRow> rows = session.rows();
              return StatusAssembler.assemble(
                  sets, rows, LiveRuns.in(session, rows, lock(session)));
            });
  }

  public ValidationReport validate() {
    return valid(sessions().readOnly(session -> Validation.run(session, sets, lock(session))));
  }

  /**
   * {@link #validate()} of the history and runs of set {@code set} alone; drift, which views carry
   * no set to tell apart, is looked for in every schema Strata manages.
   */
  public ValidationReport validate(String set) {
    List<MigrationSet> only = List.of(set(set));
    ValidationReport all =
        sessions().readOnly(session -> Validation.run(session, only, lock(session)));
    return valid(
        new ValidationReport(
            all.problems(),
            all.applied(),
            all.pending(),
            all.running().stream().filter(run -> run.set().equals(set)).toList(),
            all.drift(),
            // whichever set they belong to: they kept drift, which has no set, from being looked
            // for
            all.unfinished()));
  }

  private static ValidationReport valid(ValidationReport report) {
    if (!report.valid()) {
      throw new ValidationException(report);
    }
    return report;
  }

  public String upgradeSql() {
    return planned(session -> DryRun.upgrade(session, sets));
  }

  public String upgradeSql(String set) {
    return upgradeSql(set, set(set).newestVersion());
  }

  public String upgradeSql(String set, int target) {
    MigrationSet found = versioned(set, target, "upgrade");
    return planned(session -> DryRun.upgrade(session, found, target));
  }

  public List<DroppedData> downgradeDrops(String set, int version) {
    MigrationSet found = versioned(set, version, "downgrade");
    return planned(session -> DroppedDataFinder.of(Downgrade.toRevert(session, found, version)));
  }

  public String downgradeSql(String set, int version) {
    MigrationSet found = versioned(set, version, "downgrade");
    return planned(session -> DryRun.downgrade(session, found, version));
  }

  public String renderSql(DatabaseKind kind, String set, int from, int to) {
    MigrationSet found = set(set);
    for (int version : new int[] {from, to}) {
      if (version < 0 || version > found.newestVersion()) {
        throw new IllegalArgumentException(
            "Set "
                + set
                + " has no version "
                + version
                + ": use 0 (nothing applied) to "
                + found.newestVersion());
      }
    }
    return DryRun.render(Dialects.of(kind), found, from, to);
  }

  public String renderSql(DatabaseKind kind) {
    return DryRun.renderAll(Dialects.of(kind), sets);
  }

  /**
   * Runs {@code plan}, which reads the history to plan from it, without the lock; refusing first a
   * history that another run is changing now: its unfinished row would read as a run that died, to
   * be repaired, where the run is alive and its outcome not known yet.
   */
  private <T> T planned(SqlFunction<Session, T> plan) {
    return sessions()
        .readOnly(
            session -> {
              refuseRunInProgress(session);
              return plan.apply(session);
            });
  }

  private void refuseRunInProgress(Session session) throws SQLException {
    List<ActiveRun> running = LiveRuns.in(session, session.rows(), lock(session));
    if (!running.isEmpty()) {
      throw new StrataException(
          "Another run is migrating the database now, so what it leaves is not known yet: "
              + running.stream().map(ActiveRun::toString).collect(Collectors.joining(" "))
              + " Run this again once it has finished; upgrades and downgrades wait for it.");
    }
  }

  private LockRequest lock(Session session) throws SQLException {
    return sessions().lockRequest(session.connection().getMetaData());
  }

  /** The set named {@code name}, which must have {@code version} (0 is nothing applied). */
  private MigrationSet versioned(String name, int version, String operation) {
    return versioned(name, version, 0, operation, "to");
  }

  /**
   * The set named {@code name}, whose versions must include {@code version} from {@code lowest}.
   */
  private MigrationSet versioned(
      String name, int version, int lowest, String operation, String preposition) {
    MigrationSet found = set(name);
    if (version < lowest || version > found.newestVersion()) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Cannot %s set %s %s version %d: the code has versions %s to %d",
              operation,
              name,
              preposition,
              version,
              lowest == 0 ? "0 (nothing applied)" : Integer.toString(lowest),
              found.newestVersion()));
    }
    return found;
  }

  private MigrationSet set(String name) {
    return sets.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "No migration set " + name + " is loaded; the loaded sets are " + sets()));
  }

  private SessionRunner sessions() {
    if (sessions == null) {
      throw new IllegalStateException(
          "This Strata has no DataSource (Strata.configure() without one), so it only renders SQL:"
              + " use Strata.configure(dataSource) to work with a database.");
    }
    return sessions;
  }
}
