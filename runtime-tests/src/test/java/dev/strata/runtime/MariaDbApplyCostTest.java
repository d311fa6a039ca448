package dev.strata.runtime;

import java.util.List;

/**
 * Applying on MariaDB, whose DDL commits at once: the history row marked running, left for the
 * view's own implicit commit to commit; the view; the row marked applied, whose statement reads the
 * definition MariaDB reports back itself, left for the next migration's view to commit with that
 * migration's row (the run's last commit commits the last one). No count of finished statements (a
 * resumed run asks the catalog whether the view is there), no query for the definition, no catalog
 * lookup, no {@code COMMIT} of its own: 3 round trips, and one flush of the redo log (two when each
 * migration sent its own {@code COMMIT}).
 */
class MariaDbApplyCostTest extends ApplyCostScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.MYSQL;
  }

  @Override
  List<String> statementsOfOneMigration() {
    return List.of(
        "INSERT INTO strata_schema_history",
        "CREATE VIEW v5",
        "UPDATE strata_schema_history SET success");
  }

  @Override
  int fixedStatementsOfAnUpgrade() {
    // the history read without a lock, the user, wsrep_on, the database (getCatalog, asked once for
    // the table's check), getTables and getColumns (its marker row answered by the first read: 13
    // before), GET_LOCK (with the session's lock_wait_timeout), the bound on lock waits
    // (BoundedLockWaits), the history read under it, the view reader's getCatalog, the session's
    // lock_wait_timeout set back, RELEASE_LOCK
    return 13;
  }

  @Override
  int preparedPerMigration() {
    return 0;
  }

  @Override
  String definitionRead() {
    return "VIEW_DEFINITION";
  }

  @Override
  int commitsPerMigration() {
    return 0;
  }
}
