package dev.strata.runtime;

import java.util.List;

/**
 * Applying on H2, whose DDL commits at once: the history row marked running before the view, its
 * count after it, then marked applied with the definition H2 reports back; no catalog lookup and,
 * in memory, no {@code CHECKPOINT SYNC}.
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
        "UPDATE strata_schema_history SET statements_done",
        "SELECT TABLE_NAME, VIEW_DEFINITION FROM INFORMATION_SCHEMA.VIEWS",
        "UPDATE strata_schema_history SET success");
  }

  @Override
  int commitsPerMigration() {
    return 3;
  }
}
