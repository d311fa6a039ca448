package dev.strata.runtime;

import java.util.List;

/**
 * Applying on H2 in memory, whose DDL commits at once: the history row marked running, left for the
 * view's own implicit commit to commit; the view; its definition read back; the row marked applied,
 * left for the next migration's view to commit (the run's last commit commits the last one). No
 * count of finished statements (a resumed run asks the catalog whether the view is there), no
 * catalog lookup and, in memory, no {@code CHECKPOINT SYNC}. The definition is read by a query of
 * its own: H2 runs in the process, and reading it inside the row's {@code UPDATE}, as on MariaDB,
 * took longer there.
 */
class H2ApplyCostTest extends ApplyCostScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.H2;
  }

  @Override
  List<String> statementsOfOneMigration() {
    return List.of(
        "INSERT INTO strata_schema_history",
        "CREATE VIEW v5",
        "SELECT TABLE_NAME, VIEW_DEFINITION FROM INFORMATION_SCHEMA.VIEWS",
        "UPDATE strata_schema_history SET success");
  }

  @Override
  int fixedStatementsOfAnUpgrade() {
    // the checks of the history table are not asked again before creating it (14 before), nor its
    // marker row and schema, which the first read and the one getSchema answer (11 before); the
    // row lock's connection reads its lock timeout before polling and sets it back after, so that
    // a pool lends it again as it came (2 more, in-process)
    return 11;
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
