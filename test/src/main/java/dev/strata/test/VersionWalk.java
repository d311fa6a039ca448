package dev.strata.test;

import dev.strata.runtime.MigrationSource;
import dev.strata.runtime.Strata;
import dev.strata.runtime.StrataException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * One walk of a database from version 0 up to the newest version, one version per step, and back
 * down to 0 (or to the highest irreversible version), comparing the database with the snapshot of
 * every version it passes and running the user's data checks.
 */
final class VersionWalk {

  private final DataSource dataSource;
  private final MigrationSource source;
  private final List<ExpectedSchema> chain;
  private final SchemaComparison comparison;
  private final Map<Integer, VersionData> data;
  // the lowest version the walk downgrades to: below an irreversible version it cannot go
  private final int floor;
  private final UpwardSchemas upward = new UpwardSchemas();

  VersionWalk(
      DataSource dataSource,
      MigrationSource source,
      List<ExpectedSchema> chain,
      Map<Integer, VersionData> data,
      int floor) {
    this.dataSource = dataSource;
    this.source = source;
    this.chain = chain;
    this.comparison = new SchemaComparison(chain);
    this.data = data;
    this.floor = floor;
  }

  /** Walks up and down; throws {@link MigrationTestFailure} at the first step that goes wrong. */
  void walk(ConnectionWork setup) {
    requireNoHistory();
    run(setup, "Preparing the database before version 1");
    upward.record(0, requireEmpty());
    for (int version = 1; version <= chain.size(); version++) {
      int target = version;
      step(() -> configure(source).upgrade(source.set(), target), "Upgrading to version " + target);
      upward.record(version, compare(version, "after upgrading to version " + version, ""));
      verify(version - 1, "did not survive the upgrade to version " + version);
      insert(version);
    }
    // the newest version has no next one: its rows are checked where they were written
    verify(chain.size(), "do not read back at that version, the newest");
    for (int version = chain.size() - 1; version >= floor; version--) {
      downgrade(version, "Downgrading to version " + version, "");
      // deployed again after a rollback: the version above must apply anew on what its downgrade
      // left (an index or function a step's downgrade forgot makes it fail), and revert again
      int again = version + 1;
      step(
          () -> configure(source).upgrade(source.set(), again),
          "Upgrading again to version " + again + " after the downgrade to version " + version);
      String when = "after upgrading again to version " + again;
      String advice = undo(again);
      fail(
          again,
          when + " does not restore what upgrading to it left",
          upward.differences(again, compare(again, when, advice)),
          advice);
      downgrade(version, "Downgrading again to version " + version, "again ");
      verify(version, "did not survive the downgrade from version " + again);
    }
  }

  /** Reverts to {@code version} and fails unless the schema is what the upgrade to it left. */
  private void downgrade(int version, String what, String again) {
    step(() -> configure(source).downgrade(source.set(), version), what);
    String when = "after downgrading " + again + "to version " + version;
    String advice = undo(version + 1);
    fail(
        version,
        when + " does not restore what upgrading to it left",
        upward.differences(version, compare(version, when, advice)),
        advice);
  }

  /**
   * What to do when a downgrade leaves another schema than the upgrade it undoes found: the version
   * at fault is the one reverted, not the one the walk names, where it arrived.
   */
  private String undo(int reverted) {
    return "The downgrade of version "
        + reverted
        + " \""
        + source.migrations().get(reverted - 1).description()
        + "\" of set "
        + source.set()
        + " must undo what its upgrade does";
  }

  private Strata configure(MigrationSource migrations) {
    return Strata.configure(dataSource).sources(migrations).load();
  }

  // a schema an earlier run left: the walk would blame the migrations for what it finds there
  private void requireNoHistory() {
    int current;
    try {
      current = configure(source).status().currentVersion(source.set());
    } catch (StrataException e) {
      throw new MigrationTestFailure(
          "Cannot read the history of set '" + source.set() + "': " + e.getMessage(), e);
    }
    if (current > 0) {
      throw new MigrationTestFailure(
          "The database is at version "
              + current
              + " of set '"
              + source.set()
              + "' already, by its history table strata_schema_history: the kit walks up from an"
              + " empty schema. Give it a schema of the test's own that no earlier run left"
              + " objects in (a new one for each run), or drop this one's");
    }
  }

  /** Fails if the database holds an object of the chain before version 1; returns what it holds. */
  private DatabaseObjects requireEmpty() {
    DatabaseObjects objects = read("before the first upgrade");
    List<String> differences = comparison.differences(ExpectedSchema.empty(source.set()), objects);
    if (!differences.isEmpty()) {
      throw new MigrationTestFailure(
          "The database holds objects of set '"
              + source.set()
              + "' before its version 1, after beforeFirstVersion:\n  - "
              + String.join("\n  - ", differences)
              + "\nThe kit walks up from an empty schema: give it a schema of the test's own that"
              + " no earlier run left objects in, and create in beforeFirstVersion only tables"
              + " that Strata's migrations do not");
    }
    return objects;
  }

  /**
   * Fails unless the database matches the version's snapshot, ending the message with {@code
   * advice} if there is one; returns what it holds.
   */
  private DatabaseObjects compare(int version, String when, String advice) {
    ExpectedSchema expected =
        version == 0 ? ExpectedSchema.empty(source.set()) : chain.get(version - 1);
    DatabaseObjects objects = read(when);
    fail(
        version,
        when + " does not match " + expected.fileName(),
        comparison.differences(expected, objects),
        advice);
    return objects;
  }

  private DatabaseObjects read(String when) {
    try (Connection connection = dataSource.getConnection()) {
      return DatabaseObjects.read(connection, comparison.materializedViews());
    } catch (SQLException e) {
      throw new MigrationTestFailure("Cannot read the database's metadata " + when, e);
    }
  }

  private static void fail(int version, String what, List<String> differences, String advice) {
    if (!differences.isEmpty()) {
      throw new MigrationTestFailure(
          "Version "
              + version
              + " "
              + what
              + ":\n  - "
              + String.join("\n  - ", differences)
              + (advice.isEmpty() ? "" : "\n" + advice));
    }
  }

  private void insert(int version) {
    VersionData rows = data.get(version);
    if (rows != null) {
      run(rows.insert(), "Writing the rows of version " + version);
    }
  }

  private void verify(int version, String failure) {
    VersionData rows = data.get(version);
    if (rows != null) {
      run(rows.verify(), "The rows written at version " + version + " " + failure);
    }
  }

  private void run(ConnectionWork work, String what) {
    try (Connection connection = dataSource.getConnection()) {
      work.run(connection);
      // a pool may hand out connections with auto-commit off: the work must last all the same
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException | AssertionError e) {
      throw new MigrationTestFailure(what + ": " + e.getMessage(), e);
    }
  }

  private static void step(Runnable migration, String what) {
    try {
      migration.run();
    } catch (StrataException e) {
      throw new MigrationTestFailure(what + " failed: " + e.getMessage(), e);
    }
  }
}
