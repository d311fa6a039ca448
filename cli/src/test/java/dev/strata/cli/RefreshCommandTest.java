package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.cli.Cli.Result;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code strata refresh} on an H2 file database, with a materialized view and a plain view on it
 * that the annotation processor compiled: its rows are those of its last refresh.
 */
class RefreshCommandTest {

  @TempDir Path folder;
  private TestDatabase database;

  @BeforeEach
  void openDatabase() throws SQLException {
    database = TestDatabases.openH2File(folder);
    database.execute(TestMigrations.ITEMS_TABLE);
    database.execute("INSERT INTO items (id, name, price) VALUES (1, 'pen', 5)");
    assertEquals(0, strata("upgrade").exitCode());
    database.execute("INSERT INTO items (id, name, price) VALUES (2, 'pen', 7)");
  }

  @Test
  void refreshOfOneViewShowsTheRowsAddedSinceItWasCreated() throws SQLException {
    assertEquals(List.of("pen,5"), rows("SELECT name, total FROM item_totals"));
    assertEquals(List.of(), rows("SELECT name FROM pricey_names"));

    Result refresh = strata("refresh", "item_totals");

    assertEquals(0, refresh.exitCode(), refresh::toString);
    assertEquals("Refreshed item_totals\n", refresh.out());
    assertEquals(List.of("pen,12"), rows("SELECT name, total FROM item_totals"));
    assertEquals(List.of("pen"), rows("SELECT name FROM pricey_names"));
  }

  @Test
  void refreshWithoutANameRefreshesEveryMaterializedViewConcurrentlyToo() throws SQLException {
    Result refresh = strata("refresh", "--concurrently");

    assertEquals(0, refresh.exitCode(), refresh::toString);
    assertEquals("Refreshed item_totals\n", refresh.out());
    assertEquals(List.of("pen,12"), rows("SELECT name, total FROM item_totals"));
  }

  @Test
  void refreshOfAViewNoMigrationMaterializedIsAUsageErrorNamingTheMaterializedOnes() {
    Result refresh = strata("refresh", "pricey_names");

    assertEquals(2, refresh.exitCode(), refresh::toString);
    assertTrue(refresh.err().contains("the materialized views are item_totals"), refresh::toString);
  }

  @Test
  void refreshOfAViewWhereEveryMigrationIsAppliedAndNoneMaterializesSaysThereAreNone()
      throws SQLException {
    try (TestDatabase plain = TestDatabases.openH2File(folder.resolve("plain"))) {
      plain.execute(TestMigrations.ITEMS_TABLE);
      String url = plain.url();
      String shop = TestMigrations.shop().toString();
      assertEquals(0, Cli.run("upgrade", "--url", url, "-m", shop).exitCode());

      Result refresh = Cli.run("refresh", "item_names", "--url", url, "-m", shop);

      assertEquals(2, refresh.exitCode(), refresh::toString);
      assertEquals(
          "Error: No materialized view item_names was created by a migration here, so Strata"
              + " cannot refresh it; no applied migration created a materialized view, so there"
              + " are none.\n",
          refresh.err());
    }
  }

  @Test
  void refreshWithASetRefreshesAViewOfThatSetAndRefusesOneOfAnother() throws SQLException {
    String both = TestMigrations.totals() + "," + TestMigrations.reporting();
    assertEquals(0, Cli.run("upgrade", "--url", database.url(), "-m", both).exitCode());

    Result own =
        Cli.run("refresh", "--set", "main", "item_totals", "--url", database.url(), "-m", both);
    Result other =
        Cli.run(
            "refresh", "--set", "reporting", "item_totals", "--url", database.url(), "-m", both);
    Result every = Cli.run("refresh", "--set", "main", "--url", database.url(), "-m", both);

    assertEquals(0, own.exitCode(), own::toString);
    assertEquals("Refreshed item_totals\n", own.out());
    assertEquals(List.of("pen,12"), rows("SELECT name, total FROM item_totals"));
    assertEquals(2, other.exitCode(), other::toString);
    assertTrue(other.err().contains("reporting"), other::toString);
    assertEquals(2, every.exitCode(), every::toString);
    assertTrue(
        every.err().contains("does not record which set created which: name one view"),
        every::toString);
  }

  @Test
  void refreshWithTheOnlySetLoadedAndNoNameRefreshesEveryView() throws SQLException {
    Result refresh = strata("refresh", "--set", "main");

    assertEquals(0, refresh.exitCode(), refresh::toString);
    assertEquals("Refreshed item_totals\n", refresh.out());
  }

  private List<String> rows(String sql) throws SQLException {
    List<String> lines = database.query(sql);
    return lines.subList(1, lines.size());
  }

  private Result strata(String command, String... options) {
    List<String> args = new ArrayList<>(List.of(command));
    args.addAll(List.of(options));
    args.addAll(List.of("--url", database.url(), "-m", TestMigrations.totals().toString()));
    return Cli.run(args.toArray(String[]::new));
  }
}
