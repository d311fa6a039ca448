package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
 * the run, fails the migration naming the step, and the server's own lock stays with Strata.
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
