package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.ReusedConnections;
import dev.strata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * H2's migration lock is a row lock on a second connection from the same DataSource, which polls
 * with a short lock timeout: a pool lends that connection again once Strata closes it, with the
 * lock timeout and the auto-commit it had.
 */
class H2LockConnectionTest {

  private TestDatabase database;
  private ReusedConnections pool;

  @BeforeEach
  void open() {
    database = TestDatabase.create(DatabaseKind.H2);
    pool = new ReusedConnections(database.dataSource());
  }

  @AfterEach
  void close() throws SQLException {
    if (pool != null) {
      pool.close();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void theLockConnectionGoesBackToThePoolAsItCame() throws SQLException {
    // two connections in the pool before the run, the run's and the lock's, both as H2 opens them
    try (Connection first = pool.getConnection();
        Connection second = pool.getConnection()) {
      assertEquals(List.of("2000|true", "2000|true"), List.of(read(first), read(second)));
    }
    Strata strata =
        Strata.configure(pool)
            .sources(
                FakeSource.of(
                    "main",
                    List.of(
                        FakeMigration.of(
                            1,
                            "Create one",
                            ops -> ops.createView("one", "SELECT 1 AS x"),
                            ops -> ops.dropView("one")))))
            .load();

    strata.upgrade();
    assertEquals(List.of("2000|true", "2000|true"), sessions(), "after upgrade");
    strata.status();
    assertEquals(List.of("2000|true", "2000|true"), sessions(), "after status");
  }

  private List<String> sessions() throws SQLException {
    List<String> all = new ArrayList<>();
    for (Connection connection : pool.idle()) {
      all.add(read(connection));
    }
    return all;
  }

  private static String read(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT LOCK_TIMEOUT()")) {
      result.next();
      return result.getInt(1) + "|" + connection.getAutoCommit();
    }
  }
}
