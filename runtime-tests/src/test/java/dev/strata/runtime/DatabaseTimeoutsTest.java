package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import dev.strata.runtime.testing.UserViews;
import dev.strata.testing.DataSources;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A migration's statement cut short by a timeout the database's administrator set for the user,
 * database or server: a statement timeout, or a lock timeout while another session holds what the
 * migration changes. The migration is not at fault: the failure must say which setting ended it and
 * what to do, not to fix the migration or delete its snapshot; the same migration succeeds once the
 * cause is gone.
 */
class DatabaseTimeoutsTest {

  private TestDatabase database;

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"POSTGRESQL", "MYSQL"})
  void aStatementEndedByTheStatementTimeoutSaysToRaiseIt(DatabaseKind kind) {
    database = TestDatabase.create(kind).withUsersTable();
    String slow =
        kind == DatabaseKind.POSTGRESQL
            ? "DO $$ BEGIN PERFORM pg_sleep(2); END $$"
            : "CREATE TABLE slow AS SELECT SLEEP(2) AS x";
    FakeSource source =
        FakeSource.of(
            "main",
            List.of(
                FakeMigration.of(
                    1, "Slow", ops -> ops.execute(slow), ops -> ops.execute("DROP TABLE slow"))));
    String limit =
        kind == DatabaseKind.POSTGRESQL
            ? "options=-c%20statement_timeout%3D300"
            : "sessionVariables=max_statement_time=0.3";

    String message = failure(with(limit), source);

    assertTrue(message.contains("ran longer than the database lets one run"), message);
    assertTrue(message.contains("raise the timeout"), message);
    assertFalse(message.contains("delete its snapshot"), message);
  }

  // Strata also bounds lock waits itself and tries again (LockQueueScenarios):
  // here the tries end with a lockTimeout of 2 s
  @Test
  void aStatementEndedByTheLockTimeoutSaysWhoToWaitFor() throws Exception {
    database = TestDatabase.create(DatabaseKind.MYSQL).withUsersTable();
    Strata.configure(database.dataSource())
        .sources(FakeSource.of("main", List.of(UserViews.V1)))
        .load()
        .upgrade();
    String limit = "sessionVariables=lock_wait_timeout=1";

    String message;
    // a session that read the view in a transaction it keeps open holds a lock on it
    try (Connection reader = database.dataSource().getConnection();
        Statement statement = reader.createStatement()) {
      reader.setAutoCommit(false);
      statement.executeQuery("SELECT * FROM active_users").close();
      message =
          assertThrows(
                  StrataException.class,
                  () ->
                      Strata.configure(with(limit))
                          .sources(UserViews.source())
                          .lockTimeout(Duration.ofSeconds(2))
                          .load()
                          .upgrade())
              .getMessage();
      reader.rollback();
    }

    assertTrue(message.contains("gave up waiting for a lock that another session holds"), message);
    assertTrue(message.contains("once that session has ended"), message);
    assertTrue(message.contains("end the one in the way with KILL <connection>"), message);
    assertFalse(message.contains("delete its snapshot"), message);
    assertEquals(List.of("main:1"), database.history());
    Strata.configure(with(limit)).sources(UserViews.source()).load().upgrade();
    assertEquals(List.of("main:1", "main:2", "main:3"), database.history());
  }

  private DataSource with(String setting) {
    return DataSources.of(database.url() + "&" + setting);
  }

  private static String failure(DataSource dataSource, FakeSource source) {
    return assertThrows(
            StrataException.class,
            () -> Strata.configure(dataSource).sources(source).load().upgrade())
        .getMessage();
  }
}
