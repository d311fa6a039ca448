package dev.strata.runtime;

import dev.strata.runtime.internal.command.Migrator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Applies and reverts the migrations that Strata's annotation processor generated, recording each
 * one in a history table; the entry point of the runtime.
 *
 * <pre>{@code
 * Strata strata = Strata.configure(dataSource).load();   // finds every MigrationSource
 * strata.upgrade();          // apply all pending, in order
 * strata.downgrade(1);       // revert down to version 1 (0 = nothing applied)
 * strata.upgrade(2);         // apply up to version 2 only
 * System.out.println(strata.status());
 * }</pre>
 *
 * <p><b>Concurrency.</b> Upgrades, downgrades, repairs and baselines hold a lock that the database
 * keeps for their connection: a PostgreSQL advisory lock, a MySQL/MariaDB {@code GET_LOCK}, on H2 a
 * row lock on the history table's marker row held by a second connection. Processes and threads
 * starting at once therefore apply each migration exactly once: the others wait (see {@link
 * Configuration#lockTimeout}), then read the history again and find nothing left to do. A process
 * that dies loses its connection and so its lock. The generic dialect takes no lock.
 *
 * <p><b>Failures.</b> Where DDL is transactional (PostgreSQL), a failing migration is rolled back
 * whole and leaves no history row. Where it commits at once (MySQL, MariaDB, H2), the history row
 * is written before the first statement and counts the statements that finished; a failing
 * migration is undone at once by inverse statements and its row deleted. Only a run whose process
 * died, or whose undo failed, leaves a row with {@code success = false}; then upgrades and
 * downgrades refuse to start, naming the statements that ran, until {@link #repair()} dealt with
 * it.
 *
 * <p>An upgrade, downgrade or repair that fails keeps the migrations it completed before the
 * failure; {@link StrataException#completedBefore()} lists them, from the run itself, not from the
 * history, which another process may have changed meanwhile.
 *
 * <p>An instance is safe to share between threads: operations through it run one at a time.
 */
public final class Strata {

  private final Migrator migrator;
  private final DataSource dataSource;

  Strata(Migrator migrator, DataSource dataSource) {
    this.migrator = migrator;
    this.dataSource = dataSource;
  }

  /** Starts a configuration that migrates the database behind {@code dataSource}. */
  public static Configuration configure(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    return Configuration.of(dataSource);
  }

  /**
   * Starts a configuration without a database, for {@link #renderSql(DatabaseKind)} only: the other
   * operations throw {@link IllegalStateException}.
   *
   * <pre>{@code
   * String script = Strata.configure().load().renderSql(DatabaseKind.POSTGRESQL);
   * }</pre>
   */
  public static Configuration configure() {
    return Configuration.of(null);
  }

  /**
   * The DataSource this instance migrates, as {@link #configure(DataSource)} received it; empty for
   * one configured without a database ({@link #configure()}). Frameworks ask it which database a
   * {@code Strata} manages, as Spring Boot asks Flyway's configuration, so as not to let another
   * tool (Hibernate's {@code ddl-auto}) create tables where the views go.
   *
   * <pre>{@code
   * boolean managed = strata.dataSource().filter(dataSource::equals).isPresent();
   * }</pre>
   */
  public Optional<DataSource> dataSource() {
    return Optional.ofNullable(dataSource);
  }

  /**
   * The names of the loaded migration sets, sorted: the ones {@code downgrade(set, version)} and
   * {@code upgrade(set, target)} accept.
   */
  public List<String> sets() {
    return migrator.sets();
  }

  /**
   * Applies every pending migration: sets in name order, versions ascending, each migration in its
   * own transaction or, where the database commits DDL at once, undone on failure.
   *
   * @return the migrations applied, empty if none was pending; with {@link
   *     UnknownMigrations#REVERT}, first those reverted, in the state {@link
   *     MigrationState#PENDING}
   * @throws StrataException if the history disagrees with the code, a migration fails, or another
   *     run holds the lock for longer than the lock timeout
   */
  public synchronized List<MigrationInfo> upgrade() {
    List<MigrationInfo> completed = new ArrayList<>();
    try {
      return migrator.upgrade(completed);
    } catch (StrataException e) {
      throw e.completedBefore(completed);
    }
  }

  /**
   * Applies every pending migration of set {@code set}, versions ascending; the other sets are left
   * alone.
   *
   * @return the migrations applied, as {@link #upgrade()} returns them
   * @throws IllegalArgumentException if the set is unknown
   * @throws StrataException if the history disagrees with the code, or a migration fails
   */
  public synchronized List<MigrationInfo> upgrade(String set) {
    Objects.requireNonNull(set, "set");
    List<MigrationInfo> completed = new ArrayList<>();
    try {
      return migrator.upgrade(set, completed);
    } catch (StrataException e) {
      throw e.completedBefore(completed);
    }
  }

  /**
   * Applies the pending migrations of the only loaded set up to version {@code target}, like
   * Flyway's {@code target}: see {@link #upgrade(String, int)}.
   *
   * @throws IllegalStateException if several sets are loaded: name one with {@link #upgrade(String,
   *     int)}
   */
  public synchronized List<MigrationInfo> upgrade(int target) {
    return upgrade(onlySet("upgrade(String set, int target)"), target);
  }

  /**
   * Applies the pending migrations of set {@code set} up to version {@code target}, versions
   * ascending; the other sets are left alone. A set already at or above {@code target} is left as
   * it is: an upgrade never reverts (that is {@link #downgrade(String, int)}).
   *
   * <pre>{@code
   * strata.upgrade("main", 3);   // apply versions up to 3, keep 4 on for the next release
   * }</pre>
   *
   * @return the migrations applied, empty if none was pending up to {@code target}
   * @throws IllegalArgumentException if the set is unknown or {@code target} is not in 0..newest
   * @throws StrataException if the history disagrees with the code, or a migration fails
   */
  public synchronized List<MigrationInfo> upgrade(String set, int target) {
    Objects.requireNonNull(set, "set");
    List<MigrationInfo> completed = new ArrayList<>();
    try {
      return migrator.upgrade(set, target, completed);
    } catch (StrataException e) {
      throw e.completedBefore(completed);
    }
  }

  /**
   * Reverts the only loaded migration set down to {@code version}, highest version first.
   *
   * @param version the version to keep, 0 to revert every migration
   * @return the migrations reverted, empty if none was above {@code version}
   * @throws IllegalArgumentException if {@code version} is not in 0..newest
   * @throws IllegalStateException if several sets are loaded: name one with {@link
   *     #downgrade(String, int)}
   * @throws StrataException if the history disagrees with the code, or a migration fails
   */
  public synchronized List<MigrationInfo> downgrade(int version) {
    return downgrade(onlySet("downgrade(String set, int version)"), version);
  }

  /**
   * Reverts migration set {@code set} down to {@code version}, highest version first.
   *
   * @param set the name of a loaded migration set, such as {@code main}
   * @param version the version to keep, 0 to revert every migration of the set
   * @return the migrations reverted, now pending, empty if none was above {@code version}
   * @throws IllegalArgumentException if {@code version} is not in 0..newest or no such set is
   *     loaded
   * @throws StrataException if the history disagrees with the code, or a migration fails
   */
  public synchronized List<MigrationInfo> downgrade(String set, int version) {
    checkTarget(set, version);
    List<MigrationInfo> completed = new ArrayList<>();
    try {
      return migrator.downgrade(set, version, completed);
    } catch (StrataException e) {
      throw e.completedBefore(completed);
    }
  }

  /**
   * Reverts set {@code set} down to {@code version} as {@link #downgrade(String, int)} does, unless
   * that drops data: when a migration to revert, as the history stands under the migration lock,
   * drops a table or a column, reverts nothing and throws {@link DataLossException} naming them. A
   * list read before with {@link #downgradeDrops(String, int)} may be out of date by the time the
   * lock is free, when another process migrated meanwhile; this check is not.
   *
   * <pre>{@code
   * strata.downgradeKeepingData("main", 2);   // views only; refuses to drop a table or column
   * }</pre>
   *
   * @return the migrations reverted, now pending, empty if none was above {@code version}
   * @throws DataLossException if the downgrade would drop tables or columns; nothing was reverted
   * @throws IllegalArgumentException if {@code version} is not in 0..newest or no such set is
   *     loaded
   * @throws StrataException if the history disagrees with the code, or a migration fails
   */
  public synchronized List<MigrationInfo> downgradeKeepingData(String set, int version) {
    checkTarget(set, version);
    List<MigrationInfo> completed = new ArrayList<>();
    try {
      return migrator.downgradeKeepingData(set, version, completed);
    } catch (StrataException e) {
      throw e.completedBefore(completed);
    }
  }

  /**
   * Lists every migration of every set, applied, pending, failed, or applied but absent from the
   * code; takes no lock, creates and changes nothing, and loads no migration class.
   *
   * @throws StrataException if the history table cannot be read
   */
  public StatusReport status() {
    return migrator.status();
  }

  /**
   * Checks the history of every loaded set against the code, the way Flyway's {@code validate}
   * does: every applied migration's checksum, migrations applied but absent from the code, runs
   * that did not finish, gaps. Pending migrations are not a problem. Takes no lock, creates and
   * changes nothing.
   *
   * <pre>{@code
   * strata.validate();   // at startup, instead of upgrade(), where another tool migrates
   * strata.validate().drift().forEach(drift -> log.warn(drift.message()));
   * }</pre>
   *
   * <p>The report also lists the views of the schemas Strata manages that were changed, dropped or
   * added by hand since Strata wrote them ({@link ValidationReport#drift()}), compared with the
   * definitions the database reported then; drift alone does not make it throw.
   *
   * @return the report, valid
   * @throws ValidationException carrying the report, if it lists any problem
   * @throws StrataException if the history table cannot be read
   */
  public ValidationReport validate() {
    return migrator.validate();
  }

  /**
   * Like {@link #validate()}, for the history of migration set {@code set} alone: its problems,
   * counts and runs in progress; the other sets' histories are not checked. Drift, which views
   * carry no set to tell apart, is looked for in every schema Strata manages, as {@link
   * #validate()} does.
   *
   * <pre>{@code
   * strata.validate("reporting");   // the module that owns set reporting checks its own history
   * }</pre>
   *
   * @throws IllegalArgumentException if no such set is loaded
   * @throws ValidationException carrying the report, if it lists any problem
   */
  public ValidationReport validate(String set) {
    Objects.requireNonNull(set, "set");
    return migrator.validate(set);
  }

  /**
   * Adopts a database whose views already exist, for the only loaded set: see {@link
   * #baseline(String, int)}.
   *
   * @throws IllegalStateException if several sets are loaded
   */
  public synchronized List<MigrationInfo> baseline(int version) {
    return baseline(onlySet("baseline(String set, int version)"), version);
  }

  /**
   * Adopts a database whose views already exist, as versions 1 to {@code version} of set {@code
   * set} would have made them: records those versions as applied (execution time 0) without running
   * them. Strata cannot check that the views match; later upgrades start at {@code version + 1}.
   *
   * <pre>{@code
   * strata.baseline("main", 3);   // the views of version 3 were created by hand
   * strata.upgrade();             // applies version 4 on
   * }</pre>
   *
   * @return the migrations recorded as applied
   * @throws IllegalArgumentException if the set is unknown or has no such version
   * @throws StrataException if the history table already has rows for the set
   */
  public synchronized List<MigrationInfo> baseline(String set, int version) {
    Objects.requireNonNull(set, "set");
    return migrator.baseline(set, version);
  }

  /**
   * Deals with the runs that did not finish (state {@link MigrationState#FAILED}), which only
   * databases whose DDL commits at once (MySQL, MariaDB, H2) can have:
   *
   * <ul>
   *   <li>a run whose process or connection died (recorded as interrupted) is <b>completed</b>: its
   *       remaining statements run, the one that may have been running when it died only if its
   *       effect is absent, and the migration is recorded as applied (or, for a downgrade,
   *       reverted). This needs the code that started it (same checksum). If a statement fails,
   *       what this repair ran is undone and the row stays as it was;
   *   <li>a run that failed and whose undo failed too is <b>cleared</b>: its error said what to
   *       undo by hand; once that is done, repair deletes its row (an upgrade) or records the
   *       migration as applied again (a downgrade).
   * </ul>
   *
   * <pre>{@code
   * strata.repair();    // after a crash during a migration on MariaDB
   * strata.upgrade();
   * }</pre>
   *
   * @return the migrations repaired, in their new state; empty if every run had finished
   * @throws StrataException if an interrupted run cannot be completed
   */
  public synchronized List<MigrationInfo> repair() {
    List<MigrationInfo> completed = new ArrayList<>();
    try {
      return migrator.repair(completed);
    } catch (StrataException e) {
      throw e.completedBefore(completed);
    }
  }

  /**
   * Like {@link #repair()}, for the runs of migration set {@code set} alone: another set's runs
   * that did not finish stay as they are, for a repair with that set's code.
   *
   * <pre>{@code
   * strata.repair("reporting");
   * }</pre>
   *
   * @throws IllegalArgumentException if no such set is loaded
   */
  public synchronized List<MigrationInfo> repair(String set) {
    Objects.requireNonNull(set, "set");
    List<MigrationInfo> completed = new ArrayList<>();
    try {
      return migrator.repair(set, completed);
    } catch (StrataException e) {
      throw e.completedBefore(completed);
    }
  }

  /**
   * Fills materialized view {@code name} from its query again: {@code REFRESH MATERIALIZED VIEW} on
   * PostgreSQL; on H2, MySQL and MariaDB, where a table stands in for the view, see {@link
   * #refresh(String, boolean)}. Only views that migrations created can be refreshed.
   *
   * <pre>{@code
   * strata.refresh("customer_totals");
   * }</pre>
   *
   * @return the name of the view refreshed, as its migration wrote it
   * @throws UnknownViewException if no migration created such a view
   * @throws StrataException if the refresh fails
   */
  public synchronized List<String> refresh(String name) {
    return refresh(name, false);
  }

  /**
   * Like {@link #refresh(String)}; {@code concurrently} refreshes without locking out readers. On
   * PostgreSQL that is {@code REFRESH MATERIALIZED VIEW CONCURRENTLY}, which needs a unique index
   * on the view ({@code @View.Index(..., unique = true)}): without one this fails before refreshing
   * anything. A view created without data and never refreshed, which nobody can read, gets a plain
   * {@code REFRESH}, since PostgreSQL refuses {@code CONCURRENTLY} there. On MySQL and MariaDB the
   * stand-in table is always refreshed by filling a new table and swapping it in with one {@code
   * RENAME TABLE}; on H2 its rows are replaced in one transaction. Readers there see the old rows
   * or the new ones either way.
   */
  public synchronized List<String> refresh(String name, boolean concurrently) {
    Objects.requireNonNull(name, "name");
    return migrator.refresh(name, concurrently);
  }

  /**
   * Like {@link #refresh(String, boolean)}, for a view of migration set {@code set}: refused when
   * the migrations of another set create it, naming that set, or when those of no loaded set do (a
   * view the history records from a module not loaded now), before anything is locked or refreshed.
   * Front ends that take a set for every command (the Maven goals' {@code strata.set}) refresh
   * through this, so that a view and a set that do not go together are not refreshed silently.
   *
   * @throws IllegalArgumentException if no such set is loaded, or the view belongs to another set
   *     or to none that is loaded
   * @throws UnknownViewException if no migration created such a view
   */
  public synchronized List<String> refresh(String set, String name, boolean concurrently) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(name, "name");
    return migrator.refresh(set, name, concurrently);
  }

  /**
   * Refreshes every materialized view that migrations created, in the order they were created, so
   * that a view that reads another is refreshed after it.
   *
   * @return the names of the views refreshed, in order
   */
  public synchronized List<String> refreshAll() {
    return refreshAll(false);
  }

  /** Like {@link #refreshAll()}, each concurrently as {@link #refresh(String, boolean)} says. */
  public synchronized List<String> refreshAll(boolean concurrently) {
    return migrator.refresh(null, concurrently);
  }

  /**
   * The SQL that {@link #upgrade()} would run now, rendered for this database, for review; reads
   * the history, executes nothing and creates no history table. The script does not show the
   * history table's rows; its opening comment says what records what it does.
   *
   * @throws StrataException if the history disagrees with the code, as {@code upgrade} would
   */
  public String upgradeSql() {
    return migrator.upgradeSql();
  }

  /** The SQL that {@link #upgrade(String)} would run now; see {@link #upgradeSql()}. */
  public String upgradeSql(String set) {
    Objects.requireNonNull(set, "set");
    return migrator.upgradeSql(set);
  }

  /** The SQL that {@link #upgrade(String, int)} would run now; see {@link #upgradeSql()}. */
  public String upgradeSql(String set, int target) {
    Objects.requireNonNull(set, "set");
    return migrator.upgradeSql(set, target);
  }

  /**
   * The data that {@link #downgrade(int)} would drop now, for a confirmation or a warning before
   * running it: each table that goes with its rows and each column that goes with its values, by
   * migration, highest version first. Reads the history and executes nothing.
   *
   * <pre>{@code
   * List<DroppedData> lost = strata.downgradeDrops(2);
   * if (!lost.isEmpty() && !confirmed(lost)) return;
   * strata.downgrade(2);
   * }</pre>
   *
   * @throws IllegalStateException if several sets are loaded
   */
  public List<DroppedData> downgradeDrops(int version) {
    return downgradeDrops(onlySet("downgradeDrops(String set, int version)"), version);
  }

  /**
   * The data that {@link #downgrade(String, int)} would drop now; see {@link #downgradeDrops(int)}.
   */
  public List<DroppedData> downgradeDrops(String set, int version) {
    checkTarget(set, version);
    return migrator.downgradeDrops(set, version);
  }

  /** The SQL that {@link #downgrade(int)} would run now; see {@link #upgradeSql()}. */
  public String downgradeSql(int version) {
    return downgradeSql(onlySet("downgradeSql(String set, int version)"), version);
  }

  /** The SQL that {@link #downgrade(String, int)} would run now; see {@link #upgradeSql()}. */
  public String downgradeSql(String set, int version) {
    checkTarget(set, version);
    return migrator.downgradeSql(set, version);
  }

  /**
   * The SQL of every migration of every set, from an empty database, rendered for {@code kind}
   * without connecting to any database.
   */
  public String renderSql(DatabaseKind kind) {
    Objects.requireNonNull(kind, "kind");
    return migrator.renderSql(kind);
  }

  /**
   * The SQL that moves set {@code set} from version {@code from} to version {@code to} (an upgrade
   * if {@code from < to}, else a downgrade), rendered for {@code kind} without connecting to any
   * database.
   *
   * <pre>{@code
   * System.out.print(strata.renderSql(DatabaseKind.MYSQL, "main", 3, 2));   // revert version 3
   * }</pre>
   *
   * @throws IllegalArgumentException if the set is unknown or either version is not in 0..newest
   */
  public String renderSql(DatabaseKind kind, String set, int from, int to) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(set, "set");
    return migrator.renderSql(kind, set, from, to);
  }

  private String onlySet(String alternative) {
    List<String> sets = migrator.sets();
    if (sets.size() != 1) {
      throw new IllegalStateException(
          sets.isEmpty()
              ? "No migration set is loaded, so there is nothing to work on"
              : "Several migration sets are loaded " + sets + ": call " + alternative);
    }
    return sets.get(0);
  }

  private static void checkTarget(String set, int version) {
    Objects.requireNonNull(set, "set");
    if (version < 0) {
      throw new IllegalArgumentException(
          "Cannot downgrade set " + set + " to version " + version + ": use 0 to revert all");
    }
  }
}
