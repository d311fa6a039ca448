package dev.strata.runtime;

import dev.strata.runtime.internal.Identifiers;
import dev.strata.runtime.internal.command.Migrator;
import dev.strata.runtime.internal.source.SourceDiscovery;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * How {@link Strata} finds its migrations, where it records them and how long it waits for other
 * runs; immutable, so each call returns a new configuration and a shared one can be refined safely.
 *
 * <pre>{@code
 * Strata strata = Strata.configure(dataSource)
 *     .historyTable("app_schema_history")
 *     .lockTimeout(Duration.ofMinutes(2))
 *     .classLoader(MyApp.class.getClassLoader())
 *     .load();
 * }</pre>
 */
public final class Configuration {

  /** The history table's name unless {@link #historyTable(String)} says otherwise. */
  public static final String DEFAULT_HISTORY_TABLE = "strata_schema_history";

  /** How long a run waits for another one unless {@link #lockTimeout(Duration)} says otherwise. */
  public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(10);

  /** How long a lease outlives its holder unless {@link #lockLease(Duration)} says otherwise. */
  public static final Duration DEFAULT_LOCK_LEASE = Duration.ofSeconds(30);

  /** The shortest lease: renewed every third of it, a shorter one would lapse in a GC pause. */
  public static final Duration MIN_LOCK_LEASE = Duration.ofSeconds(1);

  // the lock's wait and the lease's renewal count in nanoseconds, in a long
  private static final Duration LONGEST_LOCK_DURATION = Duration.ofNanos(Long.MAX_VALUE);

  private final Settings settings;

  private Configuration(Settings settings) {
    this.settings = settings;
  }

  static Configuration of(DataSource dataSource) {
    return new Configuration(new Settings(dataSource));
  }

  /**
   * The class loader in which {@link java.util.ServiceLoader} looks for {@link MigrationSource}s;
   * the thread context class loader at {@link #load()} time by default.
   */
  public Configuration classLoader(ClassLoader classLoader) {
    Objects.requireNonNull(classLoader, "classLoader");
    Settings changed = settings.copy();
    changed.classLoader = classLoader;
    return new Configuration(changed);
  }

  /**
   * Uses exactly these sources instead of discovering them with {@link java.util.ServiceLoader}.
   */
  public Configuration sources(MigrationSource... sources) {
    return sources(Arrays.asList(sources));
  }

  /**
   * Uses exactly these sources instead of discovering them with {@link java.util.ServiceLoader}.
   */
  public Configuration sources(List<MigrationSource> sources) {
    Settings changed = settings.copy();
    changed.sources = List.copyOf(sources);
    return new Configuration(changed);
  }

  /**
   * The table that records applied migrations, {@value #DEFAULT_HISTORY_TABLE} by default: a plain
   * identifier, optionally schema-qualified ({@code admin.schema_history}).
   *
   * @throws IllegalArgumentException if {@code historyTable} is not such an identifier
   */
  public Configuration historyTable(String historyTable) {
    Identifiers.requireValid(historyTable, "history table name");
    Settings changed = settings.copy();
    changed.historyTable = historyTable;
    return new Configuration(changed);
  }

  /**
   * Refuses a duration that the lock's wait and the lease's renewal cannot count in nanoseconds:
   * the run failed with {@code ArithmeticException: long overflow} when it came to the lock.
   */
  private static void refuseLongerThanCounted(String what, Duration duration) {
    if (duration.compareTo(LONGEST_LOCK_DURATION) > 0) {
      throw new IllegalArgumentException(
          "The "
              + what
              + " cannot be longer than about 292 years ("
              + LONGEST_LOCK_DURATION
              + "), the longest wait Java counts in nanoseconds: "
              + duration);
    }
  }

  /**
   * How long {@link Strata#upgrade()}, {@code downgrade}, {@code repair} and {@code baseline} wait
   * for another run on the same database and history table to finish, 10 minutes by default; then
   * they fail with a {@link StrataException} naming the lock.
   *
   * @throws IllegalArgumentException if {@code lockTimeout} is negative, or longer than about 292
   *     years, the longest that Java counts in nanoseconds
   */
  public Configuration lockTimeout(Duration lockTimeout) {
    Objects.requireNonNull(lockTimeout, "lockTimeout");
    if (lockTimeout.isNegative()) {
      throw new IllegalArgumentException("The lock timeout cannot be negative: " + lockTimeout);
    }
    refuseLongerThanCounted("lock timeout", lockTimeout);
    Settings changed = settings.copy();
    changed.lockTimeout = lockTimeout;
    return new Configuration(changed);
  }

  /**
   * On a multi-writer cluster (MariaDB Galera), where the database's named locks bind one node
   * only, Strata locks a run with a lease row that the cluster certifies and that the run renews
   * every third of this duration; another instance takes the lease over when it has not been
   * renewed for this long, so a killed instance blocks the others for about this long. 30 seconds
   * by default; not used on other databases, whose locks go with the session.
   *
   * <pre>{@code
   * Strata.configure(galeraDataSource).lockLease(Duration.ofSeconds(10)).load().upgrade();
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code lockLease} is shorter than {@link #MIN_LOCK_LEASE},
   *     or longer than about 292 years, the longest that Java counts in nanoseconds
   */
  public Configuration lockLease(Duration lockLease) {
    Objects.requireNonNull(lockLease, "lockLease");
    if (lockLease.compareTo(MIN_LOCK_LEASE) < 0) {
      throw new IllegalArgumentException(
          "The lock lease must be at least "
              + MIN_LOCK_LEASE.toSeconds()
              + " s, since it is renewed every third of it: "
              + lockLease);
    }
    refuseLongerThanCounted("lock lease", lockLease);
    Settings changed = settings.copy();
    changed.lockLease = lockLease;
    return new Configuration(changed);
  }

  /**
   * What {@link Strata#upgrade()} does with migrations the database has applied and the code lacks:
   * {@link UnknownMigrations#REFUSE} by default.
   *
   * <pre>{@code
   * Strata.configure(dataSource).unknownMigrations(UnknownMigrations.REVERT).load().upgrade();
   * }</pre>
   */
  public Configuration unknownMigrations(UnknownMigrations unknownMigrations) {
    Objects.requireNonNull(unknownMigrations, "unknownMigrations");
    Settings changed = settings.copy();
    changed.unknownMigrations = unknownMigrations;
    return new Configuration(changed);
  }

  /**
   * Whether {@link Strata#upgrade()} refuses to apply anything, with a {@link ValidationException}
   * naming each view and its difference, when views of the schemas Strata manages were changed,
   * dropped or added by hand since Strata wrote them (see {@link ValidationReport#drift()}); off by
   * default. On, every start reads the view catalog under the migration lock: a start with nothing
   * pending no longer costs one query. It refuses too, naming the run, while a run of a set that
   * the upgrade leaves alone (another application's) did not finish: drift cannot be looked for
   * until that run is repaired ({@link ValidationReport#unfinished()}), and the start would go on
   * with views changed by hand unseen.
   *
   * <pre>{@code
   * Strata.configure(dataSource).failOnDrift(true).load().upgrade();
   * }</pre>
   */
  public Configuration failOnDrift(boolean failOnDrift) {
    Settings changed = settings.copy();
    changed.failOnDrift = failOnDrift;
    return new Configuration(changed);
  }

  /**
   * Finds and validates the migration sources; connects to no database.
   *
   * @throws StrataException if two sources claim the same set, or a set's versions do not run from
   *     1 without gaps
   */
  public Strata load() {
    List<MigrationSource> found =
        settings.sources != null ? settings.sources : SourceDiscovery.discover(loader());
    Migrator migrator =
        Migrator.create(
            settings.dataSource,
            settings.historyTable,
            found,
            settings.lockTimeout,
            settings.lockLease);
    return new Strata(
        migrator.withStartPolicy(
            settings.unknownMigrations != UnknownMigrations.REFUSE,
            settings.unknownMigrations == UnknownMigrations.REVERT_KEEPING_DATA,
            settings.failOnDrift),
        settings.dataSource);
  }

  private ClassLoader loader() {
    if (settings.classLoader != null) {
      return settings.classLoader;
    }
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : Configuration.class.getClassLoader();
  }

  /**
   * The values a configuration holds. Mutable only while one call builds the next configuration
   * from a copy: once a configuration holds it, nothing changes it, so the configuration stays
   * immutable and each setter states only what it changes.
   */
  private static final class Settings {
    private DataSource dataSource;
    private ClassLoader classLoader;
    private List<MigrationSource> sources;
    private String historyTable = DEFAULT_HISTORY_TABLE;
    private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;
    private Duration lockLease = DEFAULT_LOCK_LEASE;
    private UnknownMigrations unknownMigrations = UnknownMigrations.REFUSE;
    private boolean failOnDrift;

    private Settings(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    private Settings copy() {
      Settings copy = new Settings(dataSource);
      copy.classLoader = classLoader;
      copy.sources = sources;
      copy.historyTable = historyTable;
      copy.lockTimeout = lockTimeout;
      copy.lockLease = lockLease;
      copy.unknownMigrations = unknownMigrations;
      copy.failOnDrift = failOnDrift;
      return copy;
    }
  }
}
