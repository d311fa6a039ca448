package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.internal.history.ViewRecords;
import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.H2CatalogReads;
import dev.strata.runtime.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * On H2, what the history records of the views a migration wrote is read back from {@code
 * INFORMATION_SCHEMA.VIEWS} by name. H2 2.x builds a row of that table for every view of every
 * schema unless the condition is a single {@code TABLE_NAME = ?}, which it looks up, so a read of
 * several names by {@code IN (...)} scanned every view the database had, for each such migration:
 * applying N of them cost N times N. The rows H2 scans for the catalog reads of an upgrade of an
 * existing history are counted with {@code EXPLAIN ANALYZE}.
 */
class H2ViewLookupTest {

  private static final List<String> WRITTEN = List.of("report_a", "report_b", "report_c");

  @Test
  void readingBackTheViewsOfAMigrationScansAsManyRowsWhateverTheViewsAlreadyThere()
      throws SQLException {
    long amongFive = rowsScannedByAMigrationOfThreeViewsAmong(5);
    long amongThreeHundred = rowsScannedByAMigrationOfThreeViewsAmong(300);

    assertEquals(amongFive, amongThreeHundred, "rows scanned among 5 views and among 300");
  }

  @Test
  void theHistoryRecordsEachWrittenViewAsTheCatalogReportsIt() {
    try (TestDatabase database = databaseWithViews(5)) {
      strata(database.dataSource()).upgrade();

      // the definitions as the catalog gives them one by one, in the history's own format
      Map<String, String> catalog = new TreeMap<>();
      for (String view : WRITTEN) {
        String name = view.toUpperCase(java.util.Locale.ROOT);
        catalog.put(
            "PUBLIC." + name,
            database
                .rows(
                    "SELECT VIEW_DEFINITION FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_NAME = '"
                        + name
                        + "'")
                .get(0));
      }
      assertEquals(
          List.of(ViewRecords.encode(catalog)),
          database.rows("SELECT view_definitions FROM strata_schema_history WHERE version = 2"));
    }
  }

  @Test
  void aMigrationThatWritesThousandsOfViewsRecordsEveryOne() {
    // a module's first migration may create every view it has; H2 prepares a UNION by recursion
    List<String> views =
        java.util.stream.IntStream.range(0, 5_000).mapToObj(i -> "report_" + i).toList();
    FakeMigration all =
        FakeMigration.of(
            1,
            "Create 5000 reports",
            ops -> views.forEach(view -> ops.createView(view, "SELECT id FROM orders")),
            ops -> views.forEach(ops::dropView));
    try (TestDatabase database = databaseWithViews(0)) {
      Strata.configure(database.dataSource())
          .sources(FakeSource.of("main", List.of(all)))
          .load()
          .upgrade();

      String records =
          database
              .rows("SELECT view_definitions FROM strata_schema_history WHERE version = 1")
              .get(0);
      assertEquals(views.size(), ViewRecords.decode(records).size());
      // every view has the same query, so each record must be the catalog's text of that query
      assertEquals(
          database.rows(
              "SELECT VIEW_DEFINITION FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_NAME = 'REPORT_0'"),
          List.copyOf(new java.util.TreeSet<>(ViewRecords.decode(records).values())));
    }
  }

  private static long rowsScannedByAMigrationOfThreeViewsAmong(int others) throws SQLException {
    try (TestDatabase database = databaseWithViews(others)) {
      H2CatalogReads reads = new H2CatalogReads(database.dataSource());
      Strata strata = strata(reads.dataSource());
      // the history's creation records every view already there, once: not what is counted
      strata.upgrade("main", 1);
      reads.clear();
      strata.upgrade();
      assertEquals(others + 1 + WRITTEN.size(), database.views().size(), "views after upgrading");
      return reads.rowsScanned();
    }
  }

  private static TestDatabase databaseWithViews(int count) {
    TestDatabase database = TestDatabase.create();
    database.execute("CREATE TABLE orders (id INT PRIMARY KEY, amount INT)");
    for (int i = 0; i < count; i++) {
      database.execute("CREATE VIEW other_" + i + " AS SELECT id FROM orders WHERE amount > " + i);
    }
    return database;
  }

  private static Strata strata(javax.sql.DataSource dataSource) {
    FakeMigration first =
        FakeMigration.of(
            1,
            "Create first",
            ops -> ops.createView("first", "SELECT id FROM orders"),
            ops -> ops.dropView("first"));
    FakeMigration reports =
        FakeMigration.of(
            2,
            "Create reports",
            ops -> WRITTEN.forEach(view -> ops.createView(view, "SELECT id, amount FROM orders")),
            ops -> WRITTEN.forEach(ops::dropView));
    return Strata.configure(dataSource)
        .sources(FakeSource.of("main", List.of(first, reports)))
        .load();
  }
}
