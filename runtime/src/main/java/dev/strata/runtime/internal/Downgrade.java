package dev.strata.runtime.internal;

import dev.strata.runtime.MigrationInfo;
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
    for (LoadedMigration migration : toRevert(session, set, version)) {
      reverted.add(executor.downgrade(migration));
    }
    return List.copyOf(reverted);
  }

  /** The migrations to revert, loaded, versions descending. */
  static List<LoadedMigration> toRevert(Session session, MigrationSet set, int version)
      throws SQLException {
    List<HistoryRow> rows = set.rowsIn(session.rows());
    return MigrationLoader.load(
        set, MigrationPlanner.toRevert(set, rows, version, session.dialect()));
  }
}
