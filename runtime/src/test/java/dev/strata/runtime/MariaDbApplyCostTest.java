package dev.strata.runtime;

import java.util.List;

/**
 * Applying on MariaDB, whose DDL commits at once: the history row marked running, left for the
 * view's own implicit commit to commit; the view; the row marked applied, whose statement reads the
 * definition MariaDB reports back itself, and the one commit. No count of finished statements (a
 * resumed run asks the catalog whether the view is there), no query for the definition, no catalog
 * lookup: 4 round trips, the commit included.
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
  int commitsPerMigration() {
    return 1;
  }
}
