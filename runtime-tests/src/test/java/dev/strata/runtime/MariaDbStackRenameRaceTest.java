package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.QueryLoop;
import dev.strata.runtime.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Why Strata swaps the views of a stack one {@code RENAME TABLE} at a time on MariaDB: in plain
 * SQL, without Strata, one {@code RENAME TABLE} that swaps a view and the view it reads, when the
 * new reader drops a column, fails some queries on the reader with "references invalid table(s) or
 * column(s)" (1356). The statement locks the names in alphabetical order, {@code active_users}
 * first; a query locks {@code user_report}, then what it reads; each waits for the other, the
 * server makes the query back off, and its retry resolves the old {@code user_report} against the
 * new {@code active_users}. Skipped when the server no longer does this (a single statement would
 * then do).
 */
class MariaDbStackRenameRaceTest {

  private static final int MAX_SWAPS = 200;

  private TestDatabase database;

  @BeforeEach
  void createDatabase() {
    database = TestDatabase.create(DatabaseKind.MYSQL).withUsersTable();
  }

  @AfterEach
  void dropDatabase() {
    database.close();
  }

  @Test
  void oneRenameOfAViewAndItsReaderFailsQueriesOnTheReader() throws Exception {
    database.execute(
        "CREATE VIEW active_users AS SELECT id, email, country FROM users",
        "CREATE VIEW user_report AS SELECT id, email, country FROM active_users");
    List<String> errors;
    int swaps = 0;
    try (QueryLoop readers =
        QueryLoop.start(database.dataSource(), "SELECT * FROM user_report", 2)) {
      while (swaps < MAX_SWAPS && readers.errors().isEmpty()) {
        // the column goes: both new queries fit the old views, so one statement swaps both
        database.execute(
            "CREATE VIEW active_users_new AS SELECT id, email FROM users",
            "CREATE VIEW user_report_new AS SELECT id, email FROM active_users",
            "RENAME TABLE active_users TO active_users_old, active_users_new TO active_users,"
                + " user_report TO user_report_old, user_report_new TO user_report",
            "DROP VIEW active_users_old, user_report_old");
        // and comes back: what the reader reads first, a view per statement, which fails none
        database.execute(
            "CREATE VIEW active_users_new AS SELECT id, email, country FROM users",
            "RENAME TABLE active_users TO active_users_old, active_users_new TO active_users",
            "CREATE VIEW user_report_new AS SELECT id, email, country FROM active_users",
            "RENAME TABLE user_report TO user_report_old, user_report_new TO user_report",
            "DROP VIEW active_users_old, user_report_old");
        swaps++;
      }
      readers.close();
      errors = readers.errors();
    }

    Assumptions.assumeFalse(
        errors.isEmpty(), "No reader failed in " + swaps + " swaps: MariaDB no longer does this");
    for (String error : errors) {
      assertTrue(
          error.startsWith("1356: ")
              && error.contains(".user_report' references invalid table(s) or column(s)"),
          error);
    }
  }
}
