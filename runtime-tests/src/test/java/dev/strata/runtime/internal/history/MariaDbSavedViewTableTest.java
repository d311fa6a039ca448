package dev.strata.runtime.internal.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.internal.catalog.DependentView;
import dev.strata.runtime.internal.dialect.Dialects;
import dev.strata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The saved-views table on MariaDB keeps each view's {@code CREATE} head, and takes over a table
 * that an older Strata left without one: its rows come back with the default head.
 */
class MariaDbSavedViewTableTest {

  private static final String SAVED = "strata_schema_history_saved_views";

  private final TestDatabase database = TestDatabase.create(DatabaseKind.MYSQL);
  private final SavedViewTable table =
      SavedViewTable.forRun(
          new HistoryTable("strata_schema_history", Dialects.of(DatabaseKind.MYSQL)), "main", 2);

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void aViewIsReadBackWithTheHeadItWasSavedWith() throws SQLException {
    DependentView invoker =
        new DependentView(
            "s",
            "report",
            "`s`.`report`",
            "SELECT 1",
            "CREATE SQL SECURITY INVOKER VIEW `s`.`report`");

    try (Connection connection = database.dataSource().getConnection()) {
      table.save(connection, invoker);

      assertEquals(List.of(invoker), table.read(connection));
    }
  }

  @Test
  void aTableWithoutHeadsGainsTheColumnAndItsOldRowsKeepTheDefaultHead() throws SQLException {
    database.execute(
        "CREATE TABLE "
            + SAVED
            + " (migration_set VARCHAR(100) NOT NULL, version INT NOT NULL, position INT NOT NULL,"
            + " view_schema VARCHAR(200) NOT NULL, view_name VARCHAR(200) NOT NULL,"
            + " quoted VARCHAR(500) NOT NULL, definition LONGTEXT NOT NULL,"
            + " PRIMARY KEY (migration_set, version, view_schema, view_name))",
        "INSERT INTO " + SAVED + " VALUES ('main', 2, 1, 's', 'old', '`s`.`old`', 'SELECT 1')");
    DependentView invoker =
        new DependentView(
            "s",
            "report",
            "`s`.`report`",
            "SELECT 2",
            "CREATE SQL SECURITY INVOKER VIEW `s`.`report`");

    try (Connection connection = database.dataSource().getConnection()) {
      assertEquals(
          List.of(new DependentView("s", "old", "`s`.`old`", "SELECT 1")), table.read(connection));

      table.save(connection, invoker);

      assertEquals(
          List.of(new DependentView("s", "old", "`s`.`old`", "SELECT 1"), invoker),
          table.read(connection));
    }
  }
}
