package dev.strata.test;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Tests a module's migrations the way production will run them: from an empty database it upgrades
 * through every version one at a time, then downgrades back to nothing (applying each version again
 * after its downgrade and reverting it again, as a deployment rolled back and deployed again does),
 * and after each step checks that the database's views and tables (their columns, the tables'
 * column types, nullability, identity and defaults as far as JDBC metadata tells, and their keys,
 * indexes and check constraints) match that version's committed snapshot, that each downgrade
 * restores the whole schema the upgrade to its version left (objects no snapshot knows, view column
 * types and queries, column defaults, every table's keys and indexes included), and that the rows
 * the test wrote at one version survive the next step. Immutable: each method returns a new kit.
 *
 * <pre>{@code
 * @Test
 * void everyVersionUpgradesAndDowngrades() {
 *   MigrationTestKit.forSnapshots(Path.of("src/main/strata"))   // the default folder
 *       .beforeFirstVersion(connection -> createTables(connection))
 *       .atVersion(1,
 *           connection -> insertCustomer(connection),
 *           connection -> assertEquals(1, count(connection, "active_customers")))
 *       .run();                                                 // H2 in memory by default
 * }
 * }</pre>
 *
 * <p>A mismatch throws {@link MigrationTestFailure} naming the version, the direction of the step
 * and every difference (and, after a downgrade, the migration whose downgrade is at fault), for
 * example {@code Version 2 after upgrading to version 2 does not match 0002-ed7eda63.json: view
 * active_customers has columns [id, name], the snapshot [id, name, email]}.
 */
public final class MigrationTestKit {

  private static final Path DEFAULT_SNAPSHOTS = Path.of("src", "main", "strata");

  private final Path snapshots;
  private final DataSource dataSource;
  private final ClassLoader classLoader;
  private final ConnectionWork setup;
  private final Map<Integer, VersionData> data;
  private final Set<Integer> irreversible;

  private MigrationTestKit(
      Path snapshots,
      DataSource dataSource,
      ClassLoader classLoader,
      ConnectionWork setup,
      Map<Integer, VersionData> data,
      Set<Integer> irreversible) {
    this.snapshots = snapshots;
    this.dataSource = dataSource;
    this.classLoader = classLoader;
    this.setup = setup;
    this.data = Map.copyOf(data);
    this.irreversible = Set.copyOf(irreversible);
  }

  /** A kit for the snapshots in {@code src/main/strata} of the module whose tests run. */
  public static MigrationTestKit create() {
    return forSnapshots(DEFAULT_SNAPSHOTS);
  }

  /** A kit for the snapshots in this folder ({@code -Astrata.snapshots} of the module). */
  public static MigrationTestKit forSnapshots(Path folder) {
    Objects.requireNonNull(folder, "folder");
    return new MigrationTestKit(folder, null, null, connection -> {}, Map.of(), Set.of());
  }

  /**
   * Walks on this database instead of a fresh H2 in memory: a PostgreSQL or MariaDB schema of the
   * test's own, which must hold none of the module's views or tables yet.
   */
  public MigrationTestKit database(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    return new MigrationTestKit(snapshots, dataSource, classLoader, setup, data, irreversible);
  }

  /** Where to find the generated migrations; the thread context class loader by default. */
  public MigrationTestKit classLoader(ClassLoader classLoader) {
    Objects.requireNonNull(classLoader, "classLoader");
    return new MigrationTestKit(snapshots, dataSource, classLoader, setup, data, irreversible);
  }

  /** Runs first, on the empty database: creates the tables the views read but Strata does not. */
  public MigrationTestKit beforeFirstVersion(ConnectionWork setup) {
    Objects.requireNonNull(setup, "setup");
    return new MigrationTestKit(snapshots, dataSource, classLoader, setup, data, irreversible);
  }

  /**
   * Writes rows once the database is at {@code version} and checks them after the upgrade to the
   * next version and after the downgrade back to this one; the newest version's rows are checked
   * right after they are written, since no version follows.
   */
  public MigrationTestKit atVersion(int version, ConnectionWork insert, ConnectionWork verify) {
    if (version < 1) {
      throw new IllegalArgumentException("Versions start at 1, got " + version);
    }
    Map<Integer, VersionData> more = new TreeMap<>(data);
    more.put(version, new VersionData(insert, verify));
    return new MigrationTestKit(snapshots, dataSource, classLoader, setup, more, irreversible);
  }

  /**
   * Declares that {@code version} cannot be reverted (a hand-written step without a downgrade): the
   * walk back down then stops at the highest version declared, checking the rows written there
   * after the downgrade to it. Every version whose downgrade the runtime refuses must be declared,
   * and only those: {@link #run()} fails on a version declared wrongly or not at all.
   */
  public MigrationTestKit irreversible(int version) {
    if (version < 1) {
      throw new IllegalArgumentException("Versions start at 1, got " + version);
    }
    Set<Integer> more = new TreeSet<>(irreversible);
    more.add(version);
    return new MigrationTestKit(snapshots, dataSource, classLoader, setup, data, more);
  }

  /**
   * Walks up through every version and back down (to the highest version declared {@link
   * #irreversible}, else to none).
   *
   * @return the newest version walked through
   * @throws MigrationTestFailure at the first step whose result differs from its snapshot
   */
  public int run() {
    List<ExpectedSchema> chain = SnapshotReader.read(snapshots);
    ClassLoader loader =
        classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
    var source = SourceFinder.find(loader, chain);
    checkVersions(chain);
    int floor = IrreversibleVersions.floor(source, irreversible);
    if (dataSource != null) {
      new VersionWalk(dataSource, source, chain, data, floor).walk(setup);
      return chain.size();
    }
    try (H2Database h2 = new H2Database()) {
      new VersionWalk(h2.dataSource(), source, chain, data, floor).walk(setup);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot shut the walk's H2 database down", e);
    }
    return chain.size();
  }

  private void checkVersions(List<ExpectedSchema> chain) {
    data.keySet().stream()
        .filter(version -> version > chain.size())
        .findFirst()
        .ifPresent(
            version -> {
              throw new IllegalArgumentException(
                  "Rows given for version " + version + ", but the newest is " + chain.size());
            });
  }
}
