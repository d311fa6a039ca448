package dev.strata.runtime.internal.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.internal.dialect.Dialects;
import org.junit.jupiter.api.Test;

/** The history table's columns, which tables created by earlier versions must keep matching. */
class HistoryColumnsTest {

  // the table that every released Strata created: a new one must not differ from it
  private static final String COLUMNS =
      " (migration_set VARCHAR(100) NOT NULL, version INT NOT NULL,"
          + " description VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL,"
          + " installed_by VARCHAR(100), applied_at %s NOT NULL, execution_ms BIGINT NOT NULL,"
          + " success BOOLEAN NOT NULL, run_state VARCHAR(20), statements_done INT,"
          + " PRIMARY KEY (migration_set, version))";

  @Test
  void eachDatabaseGetsTheSameColumnsWithItsOwnTimestamp() {
    assertEquals(
        "CREATE TABLE IF NOT EXISTS app.h" + COLUMNS.replace("%s", "TIMESTAMP(3)"),
        HistoryColumns.createTable(Dialects.of(DatabaseKind.POSTGRESQL), "app.h"));
    assertEquals(
        "CREATE TABLE IF NOT EXISTS h" + COLUMNS.replace("%s", "TIMESTAMP(3)"),
        HistoryColumns.createTable(Dialects.of(DatabaseKind.H2), "h"));
    assertEquals(
        "CREATE TABLE IF NOT EXISTS h" + COLUMNS.replace("%s", "DATETIME(3)"),
        HistoryColumns.createTable(Dialects.of(DatabaseKind.MYSQL), "h"));
    assertEquals(
        "CREATE TABLE h" + COLUMNS.replace("%s", "TIMESTAMP"),
        HistoryColumns.createTable(Dialects.of(DatabaseKind.GENERIC), "h"));
  }

  @Test
  void valuesThatOnlyInformPeopleAreCutToTheirColumn() {
    assertEquals("x".repeat(200), HistoryColumns.description("x".repeat(250)));
    assertEquals("Create v", HistoryColumns.description("Create v"));
    assertEquals("u".repeat(100), HistoryColumns.installedBy("u".repeat(101)));
    assertNull(HistoryColumns.installedBy(null));
  }

  @Test
  void theColumnListNamesEveryColumnOnce() {
    assertEquals(10, HistoryColumns.names().size());
  }
}
