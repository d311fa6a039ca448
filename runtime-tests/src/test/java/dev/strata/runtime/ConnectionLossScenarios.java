package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The migrating connection ended by the server ({@code pg_terminate_backend}, {@code KILL}) at
 * several points of a run: the failure says the connection was lost and what to do, and the next
 * start (with {@code repair} where DDL commits at once and it says so) ends equal to a clean run.
 * Run on each server by the subclasses.
 */
abstract class ConnectionLossScenarios {

  /** Where in the run the connection is cut. */
  enum Cut {
    BEFORE_FIRST_STATEMENT_OF_V2,
    BETWEEN_STATEMENTS_OF_V2,
    AFTER_LAST_STATEMENT_OF_V2
  }

  private static volatile Cut armed;

  TestDatabase database;

  abstract TestDatabase createDatabase();

  /** Where the migrator connects, told apart from the test's own connections. */
  abstract DataSource migratorDataSource();

  /** Ends the migrator's connection from another one, and returns once it is gone. */
  abstract void cutMigrator() throws SQLException;

  @BeforeEach
  void openDatabase() {
    database = createDatabase().withUsersTable();
  }

  @AfterEach
  void dropDatabase() {
    armed = null;
    if (database != null) {
      database.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Cut.class)
  void theNextStartCompletesTheRunOrSaysWhatToDo(Cut cut) throws Exception {
    armed = cut;
    String message = assertThrows(StrataException.class, () -> strata().upgrade()).getMessage();
    assertTrue(message.contains("connection to the database was lost"), message);
    assertFalse(message.contains("may create, read and write"), message);

    Strata strata = strata();
    try {
      strata.upgrade();
    } catch (StrataException e) {
      // only where DDL commits at once, and only saying to repair
      assertEquals(DatabaseKind.MYSQL, database.kind(), e::getMessage);
      assertTrue(e.getMessage().contains("repair"), e::getMessage);
      strata.repair();
      strata.upgrade();
    }

    assertEquals(List.of("main:1", "main:2", "main:3"), database.history());
    assertEquals(List.of("a_view", "b_view", "c_view", "d_view"), database.viewNames());
    assertEquals(List.of("1", "3"), database.rows("SELECT id FROM d_view ORDER BY id"));
    assertEquals(List.of(), strata.status().failed());
  }

  @Test
  void aStepCutHalfWayRunsAgainWholeAndTheStatementsAfterItRunToo() throws Exception {
    FakeMigration customers =
        FakeMigration.of(
            1,
            "Create customers",
            ops -> ops.execute("CREATE TABLE customers (id INT PRIMARY KEY, nick VARCHAR(10))"),
            ops -> ops.execute("DROP TABLE customers"));
    Strata.configure(migratorDataSource())
        .sources(FakeSource.of("main", List.of(customers)))
        .load()
        .upgrade();
    database.execute(
        "INSERT INTO customers VALUES (1, NULL)",
        "INSERT INTO customers VALUES (2, NULL)",
        "INSERT INTO customers VALUES (3, NULL)",
        "INSERT INTO customers VALUES (4, NULL)");
    // reads what is left to fill: a second run issues other statements than the first
    JavaStep fillNicknames =
        step -> {
          List<Integer> empty = new ArrayList<>();
          try (Statement select = step.connection().createStatement();
              ResultSet rows =
                  select.executeQuery("SELECT id FROM customers WHERE nick IS NULL ORDER BY id")) {
            while (rows.next()) {
              empty.add(rows.getInt(1));
            }
          }
          for (int id : empty) {
            if (id == 3) {
              cutAt(Cut.BETWEEN_STATEMENTS_OF_V2);
            }
            step.operations().execute("UPDATE customers SET nick = 'x' WHERE id = " + id);
          }
        };
    FakeMigration fill =
        FakeMigration.of(
            2,
            "Fill nicknames",
            ops -> {
              ops.runStep(fillNicknames);
              ops.execute("CREATE TABLE filled (id INT)");
            },
            ops -> ops.execute("DROP TABLE filled"));
    Strata strata =
        Strata.configure(migratorDataSource())
            .sources(FakeSource.of("main", List.of(customers, fill)))
            .lockTimeout(Duration.ofSeconds(30))
            .load();
    armed = Cut.BETWEEN_STATEMENTS_OF_V2;
    assertThrows(StrataException.class, strata::upgrade);

    try {
      strata.upgrade();
    } catch (StrataException e) {
      assertEquals(DatabaseKind.MYSQL, database.kind(), e::getMessage);
      // the step is one statement of the run: the report can say where it stopped
      assertTrue(
          e.getMessage()
              .contains(
                  "Finished (0 of 2 statements): none\n"
                      + "Perhaps finished, or running when it stopped:\n"
                      + "    -- hand-written step "
                      + fillNicknames.getClass().getName()
                      + ": its upgrade runs here (Java code, not shown)\n"
                      + "Not run:\n"
                      + "    CREATE TABLE filled (id INT)"),
          e::getMessage);
      strata.repair();
    }

    assertEquals(
        List.of("1|x", "2|x", "3|x", "4|x"),
        database.rows("SELECT id, nick FROM customers ORDER BY id"));
    assertTrue(database.tableExists("filled"), "the statement after the step ran");
    assertEquals(List.of("main:1", "main:2"), database.history());
  }

  private Strata strata() {
    return Strata.configure(migratorDataSource())
        .sources(source())
        .lockTimeout(Duration.ofSeconds(30))
        .load();
  }

  private FakeSource source() {
    return FakeSource.of(
        "main",
        List.of(
            FakeMigration.of(
                1,
                "First views",
                ops -> {
                  ops.createView("a_view", "SELECT id FROM users");
                  ops.createView("b_view", "SELECT id, email FROM users");
                },
                ops -> {
                  ops.dropView("b_view");
                  ops.dropView("a_view");
                }),
            FakeMigration.of(
                2,
                "Second views",
                ops -> {
                  cutAt(Cut.BEFORE_FIRST_STATEMENT_OF_V2);
                  ops.createView("c_view", "SELECT id FROM users WHERE active = TRUE");
                  cutAt(Cut.BETWEEN_STATEMENTS_OF_V2);
                  ops.createView("d_view", "SELECT id FROM c_view");
                  cutAt(Cut.AFTER_LAST_STATEMENT_OF_V2);
                },
                ops -> {
                  ops.dropView("d_view");
                  ops.dropView("c_view");
                }),
            FakeMigration.of(
                3,
                "Replace b_view",
                ops -> ops.replaceView("b_view", "SELECT id, email FROM users WHERE id > 1"),
                ops -> ops.replaceView("b_view", "SELECT id, email FROM users"))));
  }

  private void cutAt(Cut point) {
    if (armed == point) {
      armed = null;
      try {
        cutMigrator();
      } catch (SQLException e) {
        throw new IllegalStateException("Could not end the migrator's connection", e);
      }
    }
  }

  /** Waits until {@code gone} says the connection has ended; the server ends it asynchronously. */
  static void awaitGone(SqlCheck gone) throws SQLException {
    for (int i = 0; i < 100; i++) {
      if (gone.holds()) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new IllegalStateException("The migrator's connection did not end within 5 s");
  }

  interface SqlCheck {
    boolean holds() throws SQLException;
  }
}
