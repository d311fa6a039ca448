package dev.strata.runtime.internal.command;

import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.internal.catalog.Catalog;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.dialect.ScriptCatalog;
import dev.strata.runtime.internal.execution.Session;
import dev.strata.runtime.internal.source.LoadedMigration;
import dev.strata.runtime.internal.source.MigrationLoader;
import dev.strata.runtime.internal.source.MigrationSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the SQL that an upgrade or a downgrade would run, reading the history (never creating or
 * writing it) and executing nothing; or, without a database, the SQL between two versions.
 */
final class DryRun {

  private DryRun() {}

  static String upgrade(Session session, List<MigrationSet> sets) throws SQLException {
    return script(session, Direction.UPGRADE, Upgrade.pending(session, sets));
  }

  static String upgrade(Session session, MigrationSet set, int target) throws SQLException {
    return script(session, Direction.UPGRADE, Upgrade.pending(session, set, target));
  }

  static String downgrade(Session session, MigrationSet set, int version) throws SQLException {
    return script(session, Direction.DOWNGRADE, Downgrade.toRevert(session, set, version));
  }

  /**
   * The script of {@code migrations} on the session's database, with the statements the run would
   * send after reading its catalog: a column they alter restated with the collation and comment it
   * has there, an index a foreign key holds on to dropped around the key. The catalog as it is
   * before the script: what the script itself creates first is unknown to it.
   */
  private static String script(
      Session session, Direction direction, List<LoadedMigration> migrations) throws SQLException {
    CatalogReads catalog = new CatalogReads(new Catalog(session.connection(), session.dialect()));
    try {
      return SqlScript.of(session.dialect(), direction, migrations, catalog);
    } catch (CatalogReads.FailedRead e) {
      throw e.getCause();
    }
  }

  /** Upgrades from {@code from} to {@code to} if {@code from < to}, else downgrades. */
  static String render(Dialect dialect, MigrationSet set, int from, int to) {
    List<MigrationDescriptor> descriptors = new ArrayList<>();
    if (from < to) {
      descriptors.addAll(set.migrations().subList(from, to));
    } else {
      for (int version = from; version > to; version--) {
        descriptors.add(set.migration(version));
      }
    }
    Direction direction = from <= to ? Direction.UPGRADE : Direction.DOWNGRADE;
    List<LoadedMigration> loaded = MigrationLoader.load(set, descriptors);
    if (direction == Direction.DOWNGRADE) {
      Reversibility.check(loaded, to);
    }
    return SqlScript.of(dialect, direction, loaded, ScriptCatalog.NONE);
  }

  /** Every migration of every set, from an empty database. */
  static String renderAll(Dialect dialect, List<MigrationSet> sets) {
    List<LoadedMigration> loaded = new ArrayList<>();
    for (MigrationSet set : sets) {
      loaded.addAll(MigrationLoader.load(set, set.migrations()));
    }
    return SqlScript.of(dialect, Direction.UPGRADE, loaded, ScriptCatalog.NONE);
  }
}
