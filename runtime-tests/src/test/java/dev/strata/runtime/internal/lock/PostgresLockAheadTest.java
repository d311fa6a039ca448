package dev.strata.runtime.internal.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.LockTimeoutException;
import dev.strata.runtime.internal.catalog.TableRef;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.dialect.Dialects;
import dev.strata.runtime.internal.history.FollowingStatements;
import dev.strata.runtime.internal.history.HistoryTable;
import dev.strata.runtime.internal.history.HistoryTail;
import dev.strata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The lock sent ahead, after a transaction's {@code COMMIT} in its round trip, on the real server:
 * when another run holds the lock then, the next transaction waits for it, and reads the history
 * again under it, never trusting the read that rode with the failed try.
 */
class PostgresLockAheadTest {

  private final TestDatabase database = TestDatabase.create(DatabaseKind.POSTGRESQL);
  private final Dialect dialect = Dialects.of(DatabaseKind.POSTGRESQL);

  @AfterEach
  void dropDatabase() {
    database.close();
  }

  @Test
  void aLockSentAheadThatFindsItTakenWaitsAndReadsTheHistoryAgainUnderIt() throws Exception {
    database.execute(
        "CREATE TABLE strata_schema_history (migration_set VARCHAR(100), version INTEGER,"
            + " checksum VARCHAR(64), success BOOLEAN)");
    DataSource dataSource = database.dataSource();
    HistoryTail endsAtOne =
        HistoryTail.of(new HistoryTable("strata_schema_history", dialect), "main", 1, "c1");
    try (Connection run = dataSource.getConnection();
        Connection other = dataSource.getConnection()) {
      run.setAutoCommit(false);
      other.setAutoCommit(false);
      TransactionLock lock = Locks.perTransaction(dialect, run, request(dataSource), history(run));
      Locks.perTransaction(dialect, other, request(dataSource), history(other)).acquire();

      FollowingStatements ahead = lock.ahead(endsAtOne);
      try (PreparedStatement statement = run.prepareStatement("SELECT 1; COMMIT; " + ahead.sql())) {
        ahead.bind(statement, 1);
        statement.execute();
        statement.getMoreResults();
        ahead.read(statement);
      }
      // the other run applies version 1 while this one waits, and its commit releases the lock
      CompletableFuture<Void> applied = appliesVersionOneAfterAWhile(other);

      assertTrue(lock.acquireAndCheck(run, endsAtOne));
      applied.join();
      assertFalse(anotherCanTakeTheLock(dataSource), "the run holds the lock now");
    }
  }

  /**
   * The history read's transaction committed in the first lock's round trip: when another run holds
   * the lock then, the run waits for it and reads the history's end again under it; what the read's
   * transaction wrote is committed either way.
   */
  @Test
  void aCommitSentWithTheLockThatFindsItTakenWaitsAndReadsTheHistoryAgainUnderIt()
      throws Exception {
    database.execute(
        "CREATE TABLE strata_schema_history (migration_set VARCHAR(100), version INTEGER,"
            + " checksum VARCHAR(64), success BOOLEAN)",
        "CREATE TABLE marks (id INTEGER)");
    DataSource dataSource = database.dataSource();
    HistoryTail endsAtOne =
        HistoryTail.of(new HistoryTable("strata_schema_history", dialect), "main", 1, "c1");
    try (Connection run = dataSource.getConnection();
        Connection other = dataSource.getConnection()) {
      run.setAutoCommit(false);
      other.setAutoCommit(false);
      TransactionLock lock = Locks.perTransaction(dialect, run, request(dataSource), history(run));
      Locks.perTransaction(dialect, other, request(dataSource), history(other)).acquire();
      try (Statement statement = run.createStatement()) {
        statement.execute("INSERT INTO marks VALUES (1)");
      }
      CompletableFuture<Void> applied = appliesVersionOneAfterAWhile(other);

      assertTrue(lock.commitAndCheck(run, endsAtOne));
      applied.join();
      assertFalse(anotherCanTakeTheLock(dataSource), "the run holds the lock now");
      assertEquals(List.of("1"), database.rows("SELECT id FROM marks"));
    }
  }

  /** Another run that holds the lock: it applies version 1 half a second later and commits. */
  private static CompletableFuture<Void> appliesVersionOneAfterAWhile(Connection other) {
    return CompletableFuture.runAsync(
        () -> {
          try (Statement statement = other.createStatement()) {
            Thread.sleep(500);
            statement.execute("INSERT INTO strata_schema_history VALUES ('main', 1, 'c1', TRUE)");
            other.commit();
          } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private boolean anotherCanTakeTheLock(DataSource dataSource) throws SQLException {
    try (Connection another = dataSource.getConnection()) {
      another.setAutoCommit(false);
      LockRequest briefly =
          new LockRequest(
              dataSource, "strata_schema_history", Duration.ofMillis(200), "test", Duration.ZERO);
      try {
        Locks.perTransaction(dialect, another, briefly, history(another)).acquire();
        return true;
      } catch (LockTimeoutException timedOut) {
        return false;
      } finally {
        another.rollback();
      }
    }
  }

  private static LockRequest request(DataSource dataSource) {
    return new LockRequest(
        dataSource, "strata_schema_history", Duration.ofSeconds(30), "test", Duration.ZERO);
  }

  /** Where the history table lives for {@code connection}, as the run locates it. */
  private static TableRef history(Connection connection) throws SQLException {
    return TableRef.inSchema(connection, "strata_schema_history");
  }
}
