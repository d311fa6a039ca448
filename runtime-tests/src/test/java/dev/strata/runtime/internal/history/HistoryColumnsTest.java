package dev.strata.runtime.internal.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.internal.dialect.Dialects;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The history table's columns, which tables created by earlier versions must keep matching. */
class HistoryColumnsTest {

  // the table of format 1, which every earlier Strata created, then the two columns of format 2:
  // a new table must be a format 1 table upgraded in place
  private static final String COLUMNS =
      " (migration_set VARCHAR(100) NOT NULL, version INT NOT NULL,"
          + " description VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL,"
          + " installed_by VARCHAR(100), applied_at %s NOT NULL, execution_ms BIGINT NOT NULL,"
          + " success BOOLEAN NOT NULL, run_state VARCHAR(20), statements_done INT,"
          + " downgrade %2$s, view_definitions %2$s,"
          + " PRIMARY KEY (migration_set, version))";

  @Test
  void eachDatabaseGetsTheSameColumnsWithItsOwnTimestamp() {
    assertEquals(
        "CREATE TABLE IF NOT EXISTS app.h" + columns("TIMESTAMP(3)", "TEXT"),
        HistoryColumns.createTable(Dialects.of(DatabaseKind.POSTGRESQL), "app.h"));
    assertEquals(
        "CREATE TABLE IF NOT EXISTS h" + columns("TIMESTAMP(3)", "CLOB"),
        HistoryColumns.createTable(Dialects.of(DatabaseKind.H2), "h"));
    assertEquals(
        "CREATE TABLE IF NOT EXISTS h" + columns("DATETIME(3)", "LONGTEXT"),
        HistoryColumns.createTable(Dialects.of(DatabaseKind.MYSQL), "h"));
    assertEquals(
        "CREATE TABLE h" + columns("TIMESTAMP", "CLOB"),
        HistoryColumns.createTable(Dialects.of(DatabaseKind.GENERIC), "h"));
  }

  @Test
  void aFormat1TableGetsTheColumnsOfFormat2AsANewTableHasThem() {
    assertEquals(
        List.of(
            "ALTER TABLE app.h ADD COLUMN downgrade TEXT",
            "ALTER TABLE app.h ADD COLUMN view_definitions TEXT"),
        HistoryColumns.addV2(Dialects.of(DatabaseKind.POSTGRESQL), "app.h"));
    assertEquals(
        List.of(
            "ALTER TABLE h ADD COLUMN downgrade LONGTEXT",
            "ALTER TABLE h ADD COLUMN view_definitions LONGTEXT"),
        HistoryColumns.addV2(Dialects.of(DatabaseKind.MYSQL), "h"));
  }

  private static String columns(String timestamp, String text) {
    return String.format(Locale.ROOT, COLUMNS, timestamp, text);
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
    assertEquals(12, HistoryColumns.names().size());
    assertEquals(10, HistoryColumns.namesV1().size());
  }
}
