package dev.strata.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.Strata;
import dev.strata.runtime.StrataException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * What the lock queue of PostgreSQL or MariaDB looks like to other sessions, for the tests of
 * waiting for locks.
 */
public final class LockWaits {

  private LockWaits() {}

  /**
   * The failure of an upgrade to {@link UserViews#source()} through {@code migrating} with a
   * lockTimeout of 3 s, waited for on another thread for at most a minute.
   */
  public static String failureAfterLockTimeoutOf3s(DataSource migrating) {
    CompletableFuture<List<MigrationInfo>> upgrade =
        CompletableFuture.supplyAsync(
            () ->
                Strata.configure(migrating)
                    .sources(UserViews.source())
                    .lockTimeout(Duration.ofSeconds(3))
                    .load()
                    .upgrade());
    Throwable failure =
        assertThrows(ExecutionException.class, () -> upgrade.get(1, TimeUnit.MINUTES)).getCause();
    assertInstanceOf(StrataException.class, failure);
    return failure.getMessage();
  }

  /**
   * Has {@code reader} read {@code relation} in a transaction it keeps open, holding a lock on it
   * until it ends.
   */
  public static void readInOpenTransaction(Connection reader, String relation) throws SQLException {
    reader.setAutoCommit(false);
    try (Statement statement = reader.createStatement()) {
      statement.executeQuery("SELECT * FROM " + relation).close();
    }
  }

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
