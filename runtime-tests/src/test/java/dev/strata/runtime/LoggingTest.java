package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.TestDatabase;
import dev.strata.runtime.testing.UserViews;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Through java.util.logging, the JDK's default backend of System.Logger. */
class LoggingTest {

  private final TestDatabase database = TestDatabase.withUsers();
  private final Logger logger = Logger.getLogger("dev.strata.runtime");
  private final List<LogRecord> records = new ArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private Level previousLevel;

  @BeforeEach
  void listen() {
    previousLevel = logger.getLevel();
    logger.setLevel(Level.ALL);
    logger.addHandler(handler);
  }

  @AfterEach
  void stopListening() {
    logger.removeHandler(handler);
    logger.setLevel(previousLevel);
    database.close();
  }

  @Test
  void logsEachMigrationAtInfoWithItsDurationAndEachStatementAtDebug() {
    Strata strata = Strata.configure(database.dataSource()).sources(UserViews.source()).load();

    strata.upgrade();
    strata.downgrade(2);

    assertTrue(
        logged(Level.INFO, "Applied V0001 \"Create active_users\" of set main in \\d+ ms"),
        records::toString);
    assertTrue(
        logged(Level.INFO, "Reverted V0003 \"Create active_countries\" of set main in \\d+ ms"));
    assertTrue(
        logged(Level.FINE, "Executing: CREATE VIEW active_users AS " + UserViews.ACTIVE_USERS_V1));
  }

  @Test
  void aStartWithNothingPendingSaysAtInfoThatTheDatabaseIsUpToDate() {
    Strata strata = Strata.configure(database.dataSource()).sources(UserViews.source()).load();
    strata.upgrade();
    records.clear();

    Strata.configure(database.dataSource()).sources(UserViews.source()).load().upgrade();

    assertTrue(logged(Level.INFO, "Database is up to date: nothing to apply"), records::toString);
  }

  @Test
  void aRunThatFailsBeforeItsWorkBeganWarnsOfNoRollback() {
    // PostgreSQL's driver refuses a rollback in auto-commit mode, which the run had not left yet
    try (TestDatabase postgres = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
      Strata strata =
          Strata.configure(postgres.dataSource())
              .historyTable("no_such_schema.strata_schema_history")
              .sources(UserViews.source())
              .load();

      assertThrows(StrataException.class, strata::upgrade);
    }

    assertFalse(logged(Level.WARNING, "(?s).*roll back.*"), records.toString());
  }

  private boolean logged(Level level, String regex) {
    return records.stream()
        .anyMatch(r -> r.getLevel().equals(level) && r.getMessage().matches(regex));
  }
}
