package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Applying on PostgreSQL, one transaction per migration in two round trips: the lock with the
 * isolation level and the end of the history read under it; then the migration's last statement
 * (held back), the history row with the view's definition read back inside the statement that
 * writes it, and the {@code COMMIT}. The {@code commit()} call then sends nothing.
 */
class PostgresApplyCostTest extends ApplyCostScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.POSTGRESQL;
  }

  @Override
  List<String> statementsOfOneMigration() {
    return List.of(
        "SET TRANSACTION ISOLATION LEVEL READ COMMITTED; SELECT pg_try_advisory_xact_lock(?);"
            + " SELECT version, checksum, success FROM strata_schema_history",
        "CREATE VIEW v5 AS SELECT id FROM users\n;"
            + " SELECT set_config('search_path', quote_ident(?), false); INSERT INTO"
            + " strata_schema_history");
  }

  @Override
  int commitsPerMigration() {
    return 1;
  }

  @Test
  void aLastStatementThatFailsInTheRoundTripOfTheRowIsReportedAsThatStatement() {
    Strata strata =
        Strata.configure(recording)
            .sources(
                FakeSource.of(
                    "main",
                    List.of(
                        FakeMigration.of(
                            1,
                            "Create two",
                            ops -> {
                              ops.createView("fine", "SELECT id FROM users");
                              ops.createView("broken", "SELECT no_such_column FROM users");
                            },
                            ops -> {}))))
            .load();

    StrataException failure = assertThrows(StrataException.class, strata::upgrade);

    assertTrue(
        failure.getMessage().contains("CREATE VIEW broken AS SELECT no_such_column FROM users"),
        failure::getMessage);
    assertTrue(failure.getMessage().contains("no_such_column"), failure::getMessage);
    assertEquals(List.of(), database.history());
    assertEquals(List.of(), database.viewNames());
  }

  @Test
  void viewsEndingInALineCommentOrHoldingAQuestionMarkAreAppliedAndRecordedWithoutDrift() {
    Strata strata =
        Strata.configure(recording)
            .sources(
                FakeSource.of(
                    "main",
                    List.of(
                        FakeMigration.of(
                            1,
                            "Commented",
                            ops -> ops.createView("commented", "SELECT id FROM users -- why"),
                            ops -> ops.dropView("commented")),
                        FakeMigration.of(
                            2,
                            "Asking",
                            ops -> ops.createView("asking", "SELECT id, '?' AS mark FROM users"),
                            ops -> ops.dropView("asking")))))
            .load();

    strata.upgrade();

    assertEquals(List.of("main:1", "main:2"), database.history());
    assertEquals(List.of("asking", "commented"), database.viewNames());
    assertEquals(List.of(), strata.validate().drift());
  }
}
