package dev.strata.runtime;

import dev.strata.runtime.internal.Identifiers;
import dev.strata.runtime.internal.Migrator;
import dev.strata.runtime.internal.SourceDiscovery;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * How {@link Strata} finds its migrations and where it records them; immutable, so each call
 * returns a new configuration and a shared one can be refined safely.
 *
 * <pre>{@code
 * Strata strata = Strata.configure(dataSource)
 *     .historyTable("app_schema_history")
 *     .classLoader(MyApp.class.getClassLoader())
 *     .load();
 * }</pre>
 */
public final class Configuration {

  /** The history table's name unless {@link #historyTable(String)} says otherwise. */
  public static final String DEFAULT_HISTORY_TABLE = "strata_schema_history";

  private final DataSource dataSource;
  private final ClassLoader classLoader;
  private final List<MigrationSource> sources;
  private final String historyTable;

  private Configuration(
      DataSource dataSource,
      ClassLoader classLoader,
      List<MigrationSource> sources,
      String historyTable) {
    this.dataSource = dataSource;
    this.classLoader = classLoader;
    this.sources = sources;
    this.historyTable = historyTable;
  }

  static Configuration of(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    return new Configuration(dataSource, null, null, DEFAULT_HISTORY_TABLE);
  }

  /**
   * The class loader in which {@link java.util.ServiceLoader} looks for {@link MigrationSource}s;
   * the thread context class loader at {@link #load()} time by default.
   */
  public Configuration classLoader(ClassLoader classLoader) {
    Objects.requireNonNull(classLoader, "classLoader");
    return new Configuration(dataSource, classLoader, sources, historyTable);
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
    return new Configuration(dataSource, classLoader, List.copyOf(sources), historyTable);
  }

  /**
   * The table that records applied migrations, {@value #DEFAULT_HISTORY_TABLE} by default: a plain
   * identifier, optionally schema-qualified ({@code admin.schema_history}).
   *
   * @throws IllegalArgumentException if {@code historyTable} is not such an identifier
   */
  public Configuration historyTable(String historyTable) {
    Identifiers.requireValid(historyTable, "history table name");
    return new Configuration(dataSource, classLoader, sources, historyTable);
  }

  /**
   * Finds and validates the migration sources; connects to no database.
   *
   * @throws StrataException if two sources claim the same set, or a set's versions do not run from
   *     1 without gaps
   */
  public Strata load() {
    List<MigrationSource> found = sources != null ? sources : SourceDiscovery.discover(loader());
    return new Strata(Migrator.create(dataSource, historyTable, found));
  }

  private ClassLoader loader() {
    if (classLoader != null) {
      return classLoader;
    }
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : Configuration.class.getClassLoader();
  }
}
