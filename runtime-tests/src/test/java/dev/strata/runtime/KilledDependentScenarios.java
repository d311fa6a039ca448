package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.Jvm;
import dev.strata.runtime.testing.SlowViews;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A migrator killed ({@code kill -9}) after it dropped the views that read a view it changes, which
 * no migration declared (a DBA's report views), and before it created them again, where DDL commits
 * at once: their definitions were committed to Strata's saved-views table before the drop, so
 * {@code repair} completes the migration and creates them again, rows and all, and empties the
 * table. Without it they would be lost, their definitions only in the dead process's log.
 */
abstract class KilledDependentScenarios {

  private static final String SAVED = "strata_schema_history_saved_views";

  /** The JDBC URL, credentials included, for the process that the test kills. */
  abstract String url();

  abstract DataSource dataSource();

  /** Lets the database go, where the killed process needs it to itself (an H2 file). */
  void release() throws SQLException {}

  @Test
  void reportViewsDroppedByAKilledRunAreCreatedAgainByRepair() throws Exception {
    killBetweenDropAndRestoreThenRepair("CREATE VIEW");
  }

  /**
   * Creates the report views with {@code createView} ({@code CREATE VIEW}, or with options), kills
   * a run between their drop and their restore, and repairs: the views are back with their rows.
   */
  void killBetweenDropAndRestoreThenRepair(String createView) throws Exception {
    execute(
        "CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(100), active BOOLEAN,"
            + " country VARCHAR(2))",
        "INSERT INTO users VALUES (1, 'ann@example.com', TRUE, 'FR'),"
            + " (2, 'bob@example.com', FALSE, 'DE'), (3, 'cyd@example.com', TRUE, 'DE')");
    strata().upgrade("main", 1);
    execute(
        createView + " active_report AS SELECT COUNT(*) AS n FROM active_users",
        createView + " active_summary AS SELECT n * 10 AS tens FROM active_report");
    release();

    try (Jvm process = Jvm.start(url(), "drop")) {
      process.awaitLine("DROPPED");
      process.kill();
    }

    // the kill came between the drop and the restore: the views are gone, their definitions kept
    assertThrows(SQLException.class, () -> rows("SELECT n FROM active_report"));
    // readers dropped first
    assertEquals(
        List.of("active_summary", "active_report"),
        rows("SELECT LOWER(view_name) FROM " + SAVED + " ORDER BY position"));

    Strata strata = strata();
    String message = assertThrows(StrataException.class, strata::upgrade).getMessage();
    assertTrue(message.contains("repair()"), message);
    assertEquals(MigrationState.APPLIED, strata.repair().get(0).state());

    assertEquals(List.of("1"), rows("SELECT n FROM active_report"));
    assertEquals(List.of("10"), rows("SELECT tens FROM active_summary"));
    assertEquals(List.of("3|DE"), rows("SELECT id, country FROM active_users"));
    assertEquals(List.of("0"), rows("SELECT COUNT(*) FROM " + SAVED));
    assertEquals(List.of(), strata.upgrade());
  }

  private Strata strata() {
    return Strata.configure(dataSource())
        .sources(SlowViews.DROPPING)
        .lockTimeout(Duration.ofSeconds(30))
        .load();
  }

  void execute(String... statements) throws SQLException {
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  List<String> rows(String sql) throws SQLException {
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      List<String> rows = new ArrayList<>();
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(i > 1 ? "|" : "").append(result.getString(i));
        }
        rows.add(row.toString());
      }
      return rows;
    }
  }
}
