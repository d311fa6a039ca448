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

  private final DataSource dataSource;
  private final ClassLoader classLoader;
  private final List<MigrationSource> sources;
  private final String historyTable;
  private final Duration lockTimeout;

  private Configuration(
      DataSource dataSource,
      ClassLoader classLoader,
      List<MigrationSource> sources,
      String historyTable,
      Duration lockTimeout) {
    this.dataSource = dataSource;
    this.classLoader = classLoader;
    this.sources = sources;
    this.historyTable = historyTable;
    this.lockTimeout = lockTimeout;
  }

  static Configuration of(DataSource dataSource) {
    return new Configuration(dataSource, null, null, DEFAULT_HISTORY_TABLE, DEFAULT_LOCK_TIMEOUT);
  }

  /**
   * The class loader in which {@link java.util.ServiceLoader} looks for {@link MigrationSource}s;
   * the thread context class loader at {@link #load()} time by default.
   */
  public Configuration classLoader(ClassLoader classLoader) {
    Objects.requireNonNull(classLoader, "classLoader");
    return new Configuration(dataSource, classLoader, sources, historyTable, lockTimeout);
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
    return new Configuration(
        dataSource, classLoader, List.copyOf(sources), historyTable, lockTimeout);
  }

  /**
   * The table that records applied migrations, {@value #DEFAULT_HISTORY_TABLE} by default: a plain
   * identifier, optionally schema-qualified ({@code admin.schema_history}).
   *
   * @throws IllegalArgumentException if {@code historyTable} is not such an identifier
   */
  public Configuration historyTable(String historyTable) {
    Identifiers.requireValid(historyTable, "history table name");
    return new Configuration(dataSource, classLoader, sources, historyTable, lockTimeout);
  }

  /**
   * How long {@link Strata#upgrade()}, {@code downgrade}, {@code repair} and {@code baseline} wait
   * for another run on the same database and history table to finish, 10 minutes by default; then
   * they fail with a {@link StrataException} naming the lock.
   *
   * @throws IllegalArgumentException if {@code lockTimeout} is negative
   */
  public Configuration lockTimeout(Duration lockTimeout) {
    Objects.requireNonNull(lockTimeout, "lockTimeout");
    if (lockTimeout.isNegative()) {
      throw new IllegalArgumentException("The lock timeout cannot be negative: " + lockTimeout);
    }
    return new Configuration(dataSource, classLoader, sources, historyTable, lockTimeout);
  }

  /**
   * Finds and validates the migration sources; connects to no database.
   *
   * @throws StrataException if two sources claim the same set, or a set's versions do not run from
   *     1 without gaps
   */
  public Strata load() {
    List<MigrationSource> found = sources != null ? sources : SourceDiscovery.discover(loader());
    return new Strata(Migrator.create(dataSource, historyTable, found, lockTimeout));
  }

  private ClassLoader loader() {
    if (classLoader != null) {
      return classLoader;
    }
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : Configuration.class.getClassLoader();
  }
}
