package dev.strata.runtime.internal.command;

import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.internal.execution.MigrationExecutor;
import dev.strata.runtime.internal.execution.Session;
import dev.strata.runtime.internal.history.HistoryRow;
import dev.strata.runtime.internal.plan.MigrationPlanner;
import dev.strata.runtime.internal.source.LoadedMigration;
import dev.strata.runtime.internal.source.MigrationLoader;
import dev.strata.runtime.internal.source.MigrationSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reverts one set down to a version, highest version first. */
final class Downgrade {

  private Downgrade() {}

  static List<MigrationInfo> run(Session session, MigrationSet set, int version)
      throws SQLException {
    MigrationExecutor executor = new MigrationExecutor(session);
    List<MigrationInfo> reverted = new ArrayList<>();
    List<LoadedMigration> loaded = toRevert(session, set, version);
    // ends the transaction of that read: each migration's starts with taking the lock
    session.connection().commit();
    for (LoadedMigration migration : loaded) {
      if (LockedRecheck.stillToRevert(session, set, migration, version)) {
        reverted.add(executor.downgrade(migration));
      }
    }
    return List.copyOf(reverted);
  }

  /** The migrations to revert, loaded, versions descending. */
  static List<LoadedMigration> toRevert(Session session, MigrationSet set, int version)
      throws SQLException {
    List<HistoryRow> rows = set.rowsIn(session.rows());
    List<LoadedMigration> loaded =
        MigrationLoader.load(set, MigrationPlanner.toRevert(set, rows, version, session.dialect()));
    Reversibility.check(loaded, version);
    return loaded;
  }
}
