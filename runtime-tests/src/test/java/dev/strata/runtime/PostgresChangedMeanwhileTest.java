package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL the run's lock lasts a transaction, and another run may take it between two
 * migrations: the run then reads the history again under it ({@code LockedRecheck}). When the other
 * run took back the migration this one just applied, this run stops, and what it applied before was
 * committed by then, never left for a rollback to take back: the other run found it.
 */
class PostgresChangedMeanwhileTest {

  private final TestDatabase database =
      TestDatabase.create(DatabaseKind.POSTGRESQL).withUsersTable();
  private CompletableFuture<Integer> other;

  @AfterEach
  void dropDatabase() throws Exception {
    if (other != null) {
      other.get(30, TimeUnit.SECONDS);
    }
    database.close();
  }

  @Test
  void aRunThatFindsTheMigrationBeforeRevertedMeanwhileStopsAndItsOutcomeWasCommitted() {
    Strata strata =
        Strata.configure(database.dataSource())
            .sources(
                FakeSource.of(
                    "main",
                    List.of(
                        FakeMigration.of(
                            1,
                            "First",
                            ops -> {
                              // the runtime also runs the code to record what it calls
                              if (other == null) {
                                other = revertFirstOnceTheLockIsFree();
                              }
                              ops.createView("a_view", "SELECT id FROM users");
                            },
                            ops -> ops.dropView("a_view")),
                        FakeMigration.of(
                            2,
                            "Second",
                            ops -> ops.createView("b_view", "SELECT id FROM users"),
                            ops -> ops.dropView("b_view")))))
            .load();

    String message = assertThrows(StrataException.class, strata::upgrade).getMessage();

    assertTrue(message.contains("Another run changed the history"), message);
    assertTrue(message.contains("V0002"), message);
    // the other run deleted the row of version 1: it was committed before this run stopped
    assertEquals(1, other.join());
    assertEquals(List.of(), database.history());
    assertEquals(List.of(), database.viewNames());
  }

  /**
   * Another run, which queues for the migration lock that the migration running now holds, and once
   * it has it reverts version 1 by hand; returns how many history rows it deleted.
   */
  private CompletableFuture<Integer> revertFirstOnceTheLockIsFree() {
    long key = heldAdvisoryKey();
    CompletableFuture<Integer> reverted =
        CompletableFuture.supplyAsync(
            () -> {
              try (Connection connection = database.dataSource().getConnection();
                  Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                statement.execute("SELECT pg_advisory_xact_lock(" + key + ")");
                statement.execute("DROP VIEW a_view");
                int deleted =
                    statement.executeUpdate(
                        "DELETE FROM strata_schema_history WHERE migration_set = 'main'"
                            + " AND version = 1");
                connection.commit();
                return deleted;
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            });
    awaitWaiter(key);
    return reverted;
  }

  /**
   * The key of the run's lock, as the runtime derives it from the history table's name (other
   * tests' runs lock keys of their own schemas): the first 8 bytes of a SHA-256, as a long.
   */
  private long heldAdvisoryKey() {
    String schema = database.rows("SELECT current_schema()").get(0);
    byte[] hash;
    try {
      hash =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  ("strata:" + schema + ".strata_schema_history")
                      .toLowerCase(Locale.ROOT)
                      .getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long key = ByteBuffer.wrap(hash, 0, 8).getLong();
    List<String> held =
        database.rows(
            "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted"
                + " AND ((classid::bigint << 32) | objid::bigint) = "
                + key);
    assertEquals(1, held.size(), "the run holds its lock while its migration runs");
    return key;
  }

  // the other run must queue before this one commits, so that it takes the lock first
  private void awaitWaiter(long key) {
    for (int i = 0; i < 200; i++) {
      if (!database
          .rows(
              "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                  + " AND ((classid::bigint << 32) | objid::bigint) = "
                  + key)
          .isEmpty()) {
        return;
      }
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new IllegalStateException("The other run did not queue for the lock within 5 s");
  }
}
