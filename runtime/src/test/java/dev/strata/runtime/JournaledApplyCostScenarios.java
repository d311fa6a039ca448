package dev.strata.runtime;

import java.util.List;

/**
 * Applying where DDL commits at once (H2, MariaDB), which journals each run in the history: the
 * history row marked running, left for the view's own implicit commit to commit; the view; the row
 * marked applied, whose statement reads the definition the database reports back itself, and the
 * one commit. No count of finished statements (a resumed run asks the catalog whether the view is
 * there), no query for the definition, no catalog lookup and, on H2 in memory, no {@code CHECKPOINT
 * SYNC}.
 */
abstract class JournaledApplyCostScenarios extends ApplyCostScenarios {

  @Override
  final List<String> statementsOfOneMigration() {
    return List.of(
        "INSERT INTO strata_schema_history",
        "CREATE VIEW v5",
        "UPDATE strata_schema_history SET success");
  }

  @Override
  final int commitsPerMigration() {
    return 1;
  }
}
