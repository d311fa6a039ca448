package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import dev.strata.testing.DataSources;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On MariaDB Strata holds a named lock ({@code GET_LOCK}) on the run's connection, the one a
 * hand-written step works on: a step that releases it, or takes it once more so that it outlives
 * the run, fails the migration naming the step, and the server's own lock stays with Strata. On
 * PostgreSQL the lock lasts the transaction, which no unlock function of a step can release.
 */
class StepMigrationLockTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"SELECT RELEASE_LOCK('%s')", "DO get_lock ( \"%s\", 0)"})
  void aStepsSqlNamingStratasLockIsRefused(String template) {
    try (TestDatabase database = TestDatabase.create(DatabaseKind.MYSQL)) {
      String[] ran = new String[1];
      JavaStep locking =
          step -> {
            ran[0] = String.format(template, lockName(step.connection()));
            try (Statement statement = step.connection().createStatement()) {
              statement.execute(ran[0]);
            }
          };

      StrataException failed =
          assertThrows(StrataException.class, strata(database, locking)::upgrade);

      assertTrue(failed.getMessage().contains(" ran " + ran[0] + ": "), failed.getMessage());
      assertTrue(failed.getMessage().contains("migration lock"), failed.getMessage());
      assertEquals(List.of("main:1"), database.history());
    }
  }

  @Test
  void aStepMayTakeAndReleaseALockOfItsOwn() {
    try (TestDatabase database = TestDatabase.create(DatabaseKind.MYSQL)) {
      JavaStep locking =
          step -> {
            try (Statement statement = step.connection().createStatement()) {
              statement.execute("SELECT GET_LOCK('fill_customers', 0)");
              statement.executeUpdate("INSERT INTO customers VALUES (1, 'ada')");
              statement.execute("SELECT RELEASE_LOCK('fill_customers')");
            }
          };

      strata(database, locking).upgrade();

      assertEquals(List.of("main:1", "main:2"), database.history());
    }
  }

  @Test
  void aStepThatReleasesStratasLockByAnotherWayFailsTheMigration() {
    try (TestDatabase database = TestDatabase.create(DatabaseKind.MYSQL)) {
      JavaStep releasing =
          step -> {
            try (PreparedStatement statement =
                step.connection().prepareStatement("SELECT RELEASE_LOCK(?)")) {
              statement.setString(1, lockName(step.connection()));
              statement.executeQuery().close();
            }
          };

      StrataException failed =
          assertThrows(StrataException.class, strata(database, releasing)::upgrade);

      assertTrue(
          failed.getMessage().contains("hand-written step ")
              && failed.getMessage().contains(" (upgrade)"),
          failed.getMessage());
      assertTrue(failed.getMessage().contains("released the migration lock"), failed.getMessage());
      assertEquals(List.of("main:1"), database.history());
    }
  }

  @Test
  void aStepThatTakesStratasLockOnceMoreLeavesItFreeAfterTheRun() throws SQLException {
    try (TestDatabase database = TestDatabase.create(DatabaseKind.MYSQL);
        Connection pooled = database.dataSource().getConnection()) {
      String[] name = new String[1];
      JavaStep taking =
          step -> {
            name[0] = lockName(step.connection());
            try (PreparedStatement statement =
                step.connection().prepareStatement("SELECT GET_LOCK(?, 0)")) {
              statement.setString(1, name[0]);
              statement.executeQuery().close();
            }
          };

      strata(DataSources.keeping(pooled), taking).upgrade();

      assertEquals(List.of("main:1", "main:2"), database.history());
      // the connection stays open, as in a pool: the lock must not stay with it
      assertTrue(lockFree(database, name[0]));
    }
  }

  @Test
  void postgresAdvisoryUnlocksInAStepLeaveStratasTransactionLockHeld() {
    try (TestDatabase database = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
      boolean[] takenElsewhere = new boolean[1];
      JavaStep unlocking =
          step -> {
            long key;
            try (Statement statement = step.connection().createStatement()) {
              statement.execute("SELECT pg_advisory_unlock_all()");
              try (ResultSet held =
                  statement.executeQuery(
                      "SELECT (classid::bigint << 32) | objid::bigint FROM pg_locks"
                          + " WHERE locktype = 'advisory' AND pid = pg_backend_pid()")) {
                held.next();
                key = held.getLong(1);
              }
            }
            try (Connection other = database.dataSource().getConnection();
                PreparedStatement statement =
                    other.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
              statement.setLong(1, key);
              try (ResultSet result = statement.executeQuery()) {
                result.next();
                takenElsewhere[0] = result.getBoolean(1);
              }
            }
          };

      strata(database, unlocking).upgrade();

      assertFalse(takenElsewhere[0], "another session took the migration lock during the step");
      assertEquals(List.of("main:1", "main:2"), database.history());
    }
  }

  static boolean lockFree(TestDatabase database, String name) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement("SELECT IS_FREE_LOCK(?)")) {
      statement.setString(1, name);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getInt(1) == 1;
      }
    }
  }

  static String lockName(Connection connection) throws SQLException {
    return "strata:" + connection.getCatalog() + ".strata_schema_history";
  }

  private static Strata strata(TestDatabase database, JavaStep step) {
    return strata(database.dataSource(), step);
  }

  private static Strata strata(DataSource dataSource, JavaStep step) {
    FakeMigration create =
        FakeMigration.of(
            1,
            "Create customers",
            ops -> ops.execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(100))"),
            ops -> ops.execute("DROP TABLE customers"));
    FakeMigration run = FakeMigration.of(2, "Run step", ops -> ops.runStep(step), ops -> {});
    return Strata.configure(dataSource).sources(FakeSource.of("main", List.of(create, run))).load();
  }
}
