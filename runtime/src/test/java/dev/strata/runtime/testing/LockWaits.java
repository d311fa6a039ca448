package dev.strata.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * What the lock queue of PostgreSQL or MariaDB looks like to other sessions, for the tests of
 * waiting for locks.
 */
public final class LockWaits {

  private LockWaits() {}

  /** Returns once some session waits for a lock on {@code relation}; fails after 20 s. */
  public static void awaitWaitingFor(DataSource database, String relation)
      throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    try (Connection observer = database.getConnection();
        Statement statement = observer.createStatement()) {
      String sql =
          postgres(observer)
              ? "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = to_regclass('"
                  + relation
                  + "')"
              : "SELECT count(*) FROM INFORMATION_SCHEMA.PROCESSLIST WHERE STATE LIKE"
                  + " 'Waiting for table metadata lock' AND INFO LIKE '%"
                  + relation
                  + "%'";
      while (true) {
        try (ResultSet waiting = statement.executeQuery(sql)) {
          waiting.next();
          if (waiting.getInt(1) > 0) {
            return;
          }
        }
        assertTrue(System.nanoTime() < deadline, "nobody waited for a lock on " + relation);
        Thread.sleep(20);
      }
    }
  }

  /**
   * Queries {@code relation} as the application would, each query failing after 5 s: queued behind
   * a statement that waits for another session's lock, it would wait as long as that session holds
   * it.
   */
  public static void assertQueriesPass(DataSource database, String relation) throws SQLException {
    try (Connection application = database.getConnection();
        Statement statement = application.createStatement()) {
      statement.execute(
          postgres(application)
              ? "SET statement_timeout = '5s'"
              : "SET SESSION max_statement_time = 5");
      for (int i = 0; i < 3; i++) {
        statement.executeQuery("SELECT count(*) FROM " + relation).close();
      }
    }
  }

  private static boolean postgres(Connection connection) throws SQLException {
    return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
  }
}
