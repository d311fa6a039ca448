package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.testing.DataSources;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Applying on PostgreSQL, one transaction per migration in one round trip: the migration's last
 * statement (held back), the history row with the view's definition read back inside the statement
 * that writes it, the {@code COMMIT}, and the next transaction's lock with its isolation level and
 * the end of the history read under it. Only an upgrade's first migration takes the lock in a round
 * trip of its own. No {@code commit()} call: the transaction's round trip commits it.
 */
class PostgresApplyCostTest extends ApplyCostScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.POSTGRESQL;
  }

  @Override
  List<String> statementsOfOneMigration() {
    return List.of(
        "CREATE VIEW v5 AS SELECT id FROM users\n;"
            + " SELECT set_config('search_path', quote_ident(?), true); INSERT INTO"
            + " strata_schema_history");
  }

  @Override
  String definitionRead() {
    return "pg_get_viewdef(";
  }

  @Override
  int fixedStatementsOfAnUpgrade() {
    // FIXED_PART_OF_AN_UPGRADE; 16 before its cuts, 8 before the catalog read
    return FIXED_PART_OF_AN_UPGRADE.size();
  }

  /**
   * Each statement and catalog call of an upgrade of an existing history beyond its migrations', in
   * order: the first read (the digest, which also finds the marker row of this format and that the
   * session may use its schema), the user (no round trip), the session's schema, asked once, the
   * table and its columns from the system catalogs (not the driver's getTables and getColumns,
   * whose general queries cost a fresh server session milliseconds), the history read, the first
   * migration's lock with the end of the history under it (and the read's COMMIT, in its round
   * trip), and the session's search path for the drift records.
   */
  private static final List<String> FIXED_PART_OF_AN_UPGRADE =
      List.of(
          "SELECT migration_set, version, checksum, success, COALESCE((SELECT usable",
          "metadata: getUserName",
          "connection: getSchema",
          "SELECT a.attname FROM pg_class c",
          "SELECT migration_set, version, description",
          "COMMIT; BEGIN ISOLATION LEVEL READ COMMITTED; SELECT pg_try_advisory_xact_lock(?),"
              + " set_config('lock_timeout', ",
          "SELECT current_schema(), current_setting('search_path')");

  /**
   * What the first read answered is not asked again (the schema's USAGE, the marker row), nor is
   * the schema asked once per use, and a table found complete is not checked again under the lock
   * in a transaction of its own (the lock, getSchema, getTables, the marker row and the COMMIT).
   */
  @Test
  void anUpgradeOfAnExistingHistoryAsksNothingTheFirstReadOrTheTableCheckAnswered() {
    Strata strata = Strata.configure(recording).sources(views()).load();
    strata.upgrade("main", 2);
    recording.clear();

    strata.upgrade("main", 3);

    List<String> recorded = recording.recorded();
    String joined = String.join("\n", recorded);
    List<String> fixed = recorded.subList(0, recorded.size() - 1);
    assertEquals(FIXED_PART_OF_AN_UPGRADE.size(), fixed.size(), joined);
    for (int i = 0; i < fixed.size(); i++) {
      assertTrue(fixed.get(i).startsWith(FIXED_PART_OF_AN_UPGRADE.get(i)), joined);
    }
    assertTrue(recorded.get(recorded.size() - 1).startsWith("CREATE VIEW v3"), joined);
    // the run's last: none for a table checked again under the lock, nor for the history read,
    // whose transaction the first migration's lock commits in its round trip
    assertEquals(1, recording.transactions().stream().filter("commit"::equals).count(), joined);
  }

  @Override
  int preparedPerMigration() {
    return 1;
  }

  @Override
  int commitsPerMigration() {
    return 0;
  }

  /**
   * A first start, which checks the table, finds it absent and creates it under the lock, asks the
   * session's schema once and the driver's metadata nothing but the user name (no round trip): the
   * table is looked for in the system catalogs, not by getTables, costly in a new server session.
   */
  @Test
  void aFirstUpgradeAsksTheSchemaOnceAndTheDriversMetadataOnlyTheUser() {
    Strata.configure(recording).sources(views()).load().upgrade("main", 1);

    List<String> recorded = recording.recorded();
    String joined = String.join("\n", recorded);
    assertEquals(
        List.of("metadata: getUserName"),
        recorded.stream().filter(sql -> sql.startsWith("metadata:")).toList(),
        joined);
    assertEquals(1, recorded.stream().filter("connection: getSchema"::equals).count(), joined);
    assertEquals(List.of("main:1"), database.history());
  }

  @Test
  void theLockForTheNextMigrationIsTakenInTheRoundTripThatCommitsThePreviousOne() {
    Strata.configure(recording).sources(views()).load().upgrade("main", 2);
    recording.clear();

    Strata.configure(recording).sources(views()).load().upgrade("main", 4);

    List<String> locks =
        recording.recorded().stream()
            .filter(sql -> sql.contains("pg_try_advisory_xact_lock"))
            .toList();
    String joined = String.join("\n", recording.recorded());
    // the first migration's own, then the one sent with v3's commit
    assertEquals(2, locks.size(), joined);
    assertTrue(
        locks.get(0).startsWith("COMMIT; BEGIN ISOLATION LEVEL READ COMMITTED; SELECT pg_try"),
        joined);
    assertTrue(locks.get(1).startsWith("CREATE VIEW v3 AS SELECT id FROM users\n;"), joined);
    assertTrue(
        locks
            .get(1)
            .contains(
                "COMMIT; BEGIN ISOLATION LEVEL READ COMMITTED;"
                    + " SELECT pg_try_advisory_xact_lock(?), set_config('lock_timeout', "),
        joined);
    // the lock and the next migration's end of the history, in that round trip and in all
    for (String lock : locks) {
      assertTrue(
          lock.endsWith(
              " END, true); SELECT version, checksum, success FROM strata_schema_history WHERE"
                  + " migration_set = ? AND version >= ?"),
          joined);
    }
    assertEquals(List.of("main:1", "main:2", "main:3", "main:4"), database.history());
  }

  @Test
  void aLastStatementThatFailsInTheRoundTripOfTheRowIsReportedAsThatStatement() {
    Strata strata =
        migrations(
            FakeMigration.of(
                1,
                "Create two",
                ops -> {
                  ops.createView("fine", "SELECT id FROM users");
                  ops.createView("broken", "SELECT no_such_column FROM users");
                },
                ops -> {}));

    StrataException failure = assertThrows(StrataException.class, strata::upgrade);

    assertTrue(
        failure.getMessage().contains("CREATE VIEW broken AS SELECT no_such_column FROM users"),
        failure::getMessage);
    assertTrue(failure.getMessage().contains("no_such_column"), failure::getMessage);
    assertEquals(List.of(), database.history());
    assertEquals(List.of(), database.viewNames());
  }

  @Test
  void aStatementHeldBackRunsBeforeAnOperationReadsTheCatalog() {
    Strata strata =
        migrations(
            FakeMigration.of(
                1,
                "Create emails, widen what it reads",
                ops -> {
                  ops.createView("emails", "SELECT email FROM users");
                  // PostgreSQL refuses the new type under a view: the run must find
                  // emails in the catalog, drop it around the change, create it again
                  ops.alterColumn("users", Column.of("email", "VARCHAR(200)"));
                },
                ops -> {}));

    strata.upgrade();

    assertEquals(List.of("main:1"), database.history());
    assertEquals(List.of("emails"), database.viewNames());
    assertEquals(List.of(), strata.validate().drift());
  }

  @Test
  void viewsEndingInALineCommentOrHoldingAQuestionMarkAreAppliedAndRecordedWithoutDrift() {
    Strata strata =
        migrations(
            FakeMigration.of(
                1,
                "Commented",
                ops -> ops.createView("commented", "SELECT id FROM users -- why"),
                ops -> ops.dropView("commented")),
            FakeMigration.of(
                2,
                "Asking",
                ops -> ops.createView("asking", "SELECT id, '?' AS mark FROM users"),
                ops -> ops.dropView("asking")));

    strata.upgrade();

    assertEquals(List.of("main:1", "main:2"), database.history());
    assertEquals(List.of("asking", "commented"), database.viewNames());
    assertEquals(List.of(), strata.validate().drift());
  }

  @Test
  void theSessionKeepsItsSearchPathThoughEachRowReadsItsViewsWithTheirSchemaAloneOnIt()
      throws SQLException {
    try (Connection connection = database.dataSource().getConnection()) {
      String schema = query(connection, "SELECT current_schema()");
      // another path than the views' schema alone, which the row's read sets for its transaction
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET search_path = \"" + schema + "\", public");
      }
      String before = query(connection, "SELECT current_setting('search_path')");

      Strata.configure(DataSources.keeping(connection)).sources(views()).load().upgrade("main", 3);

      assertEquals(before, query(connection, "SELECT current_setting('search_path')"));
      assertEquals(List.of("main:1", "main:2", "main:3"), database.history());
      assertEquals(
          List.of(), Strata.configure(recording).sources(views()).load().validate().drift());
    }
  }

  private static String query(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getString(1);
    }
  }

  /** Strata on the recording data source, loaded with {@code migrations} as set main. */
  private Strata migrations(Migration... migrations) {
    return Strata.configure(recording).sources(FakeSource.of("main", List.of(migrations))).load();
  }
}
