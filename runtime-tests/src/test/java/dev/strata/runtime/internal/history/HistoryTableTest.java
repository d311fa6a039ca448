package dev.strata.runtime.internal.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.internal.dialect.Dialects;
import dev.strata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HistoryTableTest {

  private final TestDatabase database = TestDatabase.create();
  private final HistoryTable history =
      new HistoryTable("strata_schema_history", Dialects.of(DatabaseKind.H2));
  private final HistorySetup setup = new HistorySetup(history);

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void createIfAbsentCreatesTheTableOnce() throws SQLException {
    try (Connection connection = database.dataSource().getConnection()) {
      setup.createIfAbsent(connection, "sa");
      setup.createIfAbsent(connection, "sa");

      assertTrue(setup.exists(connection));
    }
  }

  @Test
  void aTableWhoseNameMatchesOnlyAsAPatternIsNotTheHistoryTable() throws SQLException {
    // '_' is a wildcard in JDBC metadata patterns
    database.execute("CREATE TABLE strataXschemaXhistory (id INT)");

    try (Connection connection = database.dataSource().getConnection()) {
      assertFalse(setup.exists(connection));
    }
  }

  @Test
  void aTableOfTheSameNameInAnotherSchemaIsNotTheHistoryTable() throws SQLException {
    database.execute("CREATE SCHEMA other", "CREATE TABLE other.strata_schema_history (id INT)");

    try (Connection connection = database.dataSource().getConnection()) {
      assertFalse(setup.exists(connection));
    }
  }

  @Test
  void rowsRoundTripAndDeleteRemovesExactlyOne() throws SQLException {
    HistoryRow first = row("main", 1);
    HistoryRow other = row("reporting", 1);
    try (Connection connection = database.dataSource().getConnection()) {
      setup.createIfAbsent(connection, "sa");
      history.insert(connection, other);
      history.insert(connection, first);

      assertEquals(List.of(first, other), history.read(connection));

      history.delete(connection, "main", 1);
      assertEquals(List.of(other), history.read(connection));
      assertThrows(SQLException.class, () -> history.delete(connection, "main", 1));
    }
  }

  private static HistoryRow row(String set, int version) {
    return HistoryRow.applied(
        set,
        version,
        "Create active_users",
        "abc",
        "sa",
        Instant.parse("2026-01-05T12:00:00.123Z"),
        42);
  }
}
