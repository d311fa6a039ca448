package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.strata.runtime.ViewDrift.Change;
import dev.strata.runtime.internal.catalog.RecordedView;
import dev.strata.runtime.internal.history.ViewRecords;
import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.ItemReleases;
import dev.strata.runtime.testing.RecordingDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Views changed, dropped or added by hand after Strata wrote them are named by {@code validate()}
 * with their difference, and refuse a start that asks for it; a clean history reports nothing. The
 * oracle is the database's own catalog text; run on H2, PostgreSQL and MariaDB by subclasses.
 */
abstract class DriftScenarios extends DatabaseScenarios {

  @Test
  void noDriftAfterCleanUpgradesAndDowngrades() {
    Strata release5 = strata(ItemReleases.release5());
    release5.upgrade();
    assertEquals(List.of(), release5.validate().drift());

    release5.downgrade(3);
    assertEquals(List.of(), release5.validate().drift());
    release5.downgrade(1);
    assertEquals(List.of(), release5.validate().drift());
    release5.upgrade();
    assertEquals(List.of(), release5.validate().drift());
    assertTrue(release5.validate().valid());
    assertFalse(release5.validate().drifted());
  }

  @Test
  void aMaterializedViewDroppedByHandIsNamedWithTheQueryItWasCreatedWith() {
    String query = "SELECT id, name FROM items";
    FakeMigration items =
        FakeMigration.of(
            1,
            "Create items and item_copies",
            ops -> {
              ops.createTable(
                  new Table(
                      "items",
                      List.of(
                          Column.of("id", "BIGINT").notNull(), Column.of("name", "VARCHAR(100)")),
                      List.of("id")));
              ops.createMaterializedView("item_copies", query, true, List.of());
            },
            ops -> {
              ops.dropMaterializedView("item_copies");
              ops.dropTable("items");
            });
    Strata strata = strata(items);
    strata.upgrade();
    assertEquals(List.of(), strata.validate().drift());

    database.execute(
        (kind() == DatabaseKind.POSTGRESQL ? "DROP MATERIALIZED VIEW " : "DROP TABLE ")
            + "item_copies");

    List<ViewDrift> drift = strata.validate().drift();
    assertEquals(1, drift.size(), drift::toString);
    assertEquals("item_copies", drift.get(0).view());
    assertEquals(ViewDrift.Change.DROPPED, drift.get(0).change());
    assertEquals(query, drift.get(0).recorded());
  }

  @Test
  void aRenamedViewIsExpectedUnderItsNewNameAndBackAfterTheDowngrade() {
    Strata release5 = strata(ItemReleases.release5WithRename());
    release5.upgrade();
    assertEquals(List.of("item_labels"), database.viewNames());
    assertEquals(List.of(), release5.validate().drift());

    release5.downgrade(4);

    assertEquals(List.of("item_names"), database.viewNames());
    assertEquals(List.of(), release5.validate().drift());
  }

  @Test
  void validateNamesEachViewChangedDroppedOrAddedByHandWithItsDifference() {
    strata(ItemReleases.release5()).upgrade();
    database.execute(
        "CREATE OR REPLACE VIEW cheap_items AS SELECT id, name FROM items WHERE price < 25",
        "DROP VIEW item_names",
        "CREATE VIEW hand_made AS SELECT name FROM items");

    ValidationReport report = strata(ItemReleases.release5()).validate();

    // the history agrees with the code: drift is told apart from it
    assertTrue(report.valid());
    assertTrue(report.drifted());
    List<ViewDrift> drift = report.drift();
    assertEquals(
        List.of("cheap_items:CHANGED", "hand_made:ADDED", "item_names:DROPPED"),
        drift.stream().map(d -> local(d.view()) + ":" + d.change()).toList());
    ViewDrift changed = drift.get(0);
    assertTrue(changed.diff().lines().anyMatch(l -> l.startsWith("-") && l.contains("10")));
    assertTrue(changed.diff().lines().anyMatch(l -> l.startsWith("+") && l.contains("25")));
    assertTrue(report.toString().contains(changed.view() + " was changed by hand"));
    assertTrue(report.toString().contains(drift.get(1).view() + " was created by hand"));
    assertTrue(report.toString().contains(drift.get(2).view() + " was dropped by hand"));
    assertEquals(Change.DROPPED, drift.get(2).change());
    assertEquals(null, drift.get(2).current());
  }

  /**
   * A downgrade that drops a view someone dropped by hand fails on its DROP, and used to say only
   * to fix the migration or its snapshots: it says where the view went and how to put it back.
   */
  @Test
  void aDowngradeOfAViewDroppedByHandSaysToCreateItAgainAsValidateShowsIt() {
    Strata release5 = strata(ItemReleases.release5());
    release5.upgrade();
    database.execute("DROP VIEW cheap_items");

    String message = assertThrows(StrataException.class, () -> release5.downgrade(4)).getMessage();

    assertTrue(
        message.contains(
            "The view is not there: if a migration created it, it was dropped or renamed since, by"
                + " hand or by SQL outside Strata. validate() (strata validate) names such a view"
                + " with the definition the migrations left: create it again as that, then start"
                + " again."),
        message);
    assertEquals(5, database.history().size());
  }

  /**
   * An upgrade that creates a view someone created by hand before it fails on its CREATE, and says
   * to drop the view made by hand.
   */
  @Test
  void anUpgradeCreatingAViewMadeByHandSaysToDropIt() {
    strata(ItemReleases.release4()).upgrade();
    database.execute("CREATE VIEW cheap_items AS SELECT id, name FROM items WHERE price < 10");

    String message =
        assertThrows(StrataException.class, () -> strata(ItemReleases.release5()).upgrade())
            .getMessage();

    assertTrue(
        message.contains(
            "A view or table of that name is there already, which this migration did not"
                + " create: made by hand or by SQL outside Strata (validate(), strata validate,"
                + " names a view created by hand). Drop or rename it, then start again: the"
                + " migration creates it as it declares it."),
        message);
    assertEquals(4, database.history().size());
  }

  @Test
  void aStartThatFailsOnDriftRefusesBeforeApplyingAnything() {
    strata(ItemReleases.release4()).upgrade();
    database.execute(
        "CREATE OR REPLACE VIEW item_names AS SELECT id, name, price FROM items WHERE id > 1");
    Strata strict =
        Strata.configure(database.dataSource())
            .sources(ItemReleases.release5())
            .failOnDrift(true)
            .load();

    ValidationException failure = assertThrows(ValidationException.class, strict::upgrade);

    assertTrue(failure.getMessage().startsWith("Strata refuses to start"), failure.getMessage());
    assertTrue(failure.getMessage().contains("was changed by hand"), failure.getMessage());
    assertEquals(
        List.of("item_names:CHANGED"),
        failure.report().drift().stream().map(d -> local(d.view()) + ":" + d.change()).toList());
    assertEquals(4, database.history().size());
  }

  @Test
  void aStartThatFailsOnDriftAppliesWhenNothingDrifted() {
    strata(ItemReleases.release4()).upgrade();
    Strata strict =
        Strata.configure(database.dataSource())
            .sources(ItemReleases.release5())
            .failOnDrift(true)
            .load();

    assertEquals(1, strict.upgrade().size());
    assertEquals(List.of(), strict.upgrade());
    assertEquals(List.of("cheap_items", "item_names"), database.viewNames());
  }

  @Test
  void viewsThatWereThereBeforeTheHistoryAreNotDrift() {
    database.execute(
        "CREATE TABLE legacy (id INT PRIMARY KEY)",
        "CREATE VIEW legacy_ids AS SELECT id FROM legacy");

    strata(ItemReleases.release5()).upgrade();

    assertEquals(List.of(), strata(ItemReleases.release5()).validate().drift());
  }

  @Test
  void viewsThatRawSqlAndJavaStepsWriteAreRecordedLikeStrataOwn() {
    Strata release5 = strata(ItemReleases.release5WithHandWrittenViews());

    release5.upgrade();

    assertEquals(List.of("raw_items", "step_items"), database.viewNames());
    assertEquals(List.of(), release5.validate().drift());
  }

  @Test
  void aViewThatRawSqlOrAStepWroteIsReportedWhenChangedByHandLater() {
    strata(ItemReleases.release5WithHandWrittenViews()).upgrade();
    database.execute(
        "CREATE OR REPLACE VIEW raw_items AS SELECT id, name FROM items WHERE price > 7",
        "CREATE OR REPLACE VIEW step_items AS SELECT id, price FROM items WHERE price < 90");

    List<ViewDrift> drift = strata(ItemReleases.release5WithHandWrittenViews()).validate().drift();

    assertEquals(
        List.of("raw_items:CHANGED", "step_items:CHANGED"),
        drift.stream().map(d -> local(d.view()) + ":" + d.change()).toList());
    assertTrue(drift.get(0).diff().lines().anyMatch(l -> l.startsWith("-") && l.contains("5")));
    assertTrue(drift.get(0).diff().lines().anyMatch(l -> l.startsWith("+") && l.contains("7")));
  }

  @Test
  void aDowngradeTakesTheViewsOfRawSqlAndStepsOutOfTheRecord() {
    Strata release5 = strata(ItemReleases.release5WithHandWrittenViews());
    release5.upgrade();

    release5.downgrade(4);

    assertEquals(List.of("item_names"), database.viewNames());
    assertEquals(List.of(), release5.validate().drift());
    // created again by hand, it is no migration's view
    database.execute("CREATE VIEW raw_items AS " + ItemReleases.RAW_ITEMS);
    assertEquals(
        List.of("raw_items:ADDED"),
        release5.validate().drift().stream().map(d -> local(d.view()) + ":" + d.change()).toList());
    database.execute("DROP VIEW raw_items");
    release5.upgrade();
    assertEquals(List.of(), release5.validate().drift());
  }

  @Test
  void aRunCompletingAnInterruptedOneRecordsWhatRawSqlWroteBeforeTheInterruption() {
    // PostgreSQL rolls an interrupted migration back whole: no run is ever completed there
    assumeFalse(kind() == DatabaseKind.POSTGRESQL);
    strata(ItemReleases.release4()).upgrade();
    // what a process killed after migration 5's two raw statements leaves behind
    database.execute(
        "DROP VIEW item_names",
        "CREATE VIEW raw_items AS " + ItemReleases.RAW_ITEMS,
        "INSERT INTO strata_schema_history (migration_set, version, description, checksum,"
            + " installed_by, applied_at, execution_ms, success, run_state, statements_done)"
            + " VALUES ('main', 5, 'Views by raw SQL and a step', 'checksum-5', 'killed',"
            + " CURRENT_TIMESTAMP, 0, FALSE, 'UPGRADING', 2)");
    Strata release5 = strata(ItemReleases.release5WithHandWrittenViews());

    assertEquals(MigrationState.APPLIED, release5.repair().get(0).state());

    assertEquals(List.of("raw_items", "step_items"), database.viewNames());
    assertEquals(List.of(), release5.validate().drift());
  }

  /**
   * A process killed after migration 5 dropped one view and created another left both between two
   * records: the run needs repair, which validate() names, and neither view was changed by hand, so
   * neither is drift, for validate() nor for a start that fails on drift.
   */
  @Test
  void theViewsOfARunThatDidNotFinishAreNotDrift() {
    // PostgreSQL rolls an interrupted migration back whole: no run is ever left unfinished there
    assumeFalse(kind() == DatabaseKind.POSTGRESQL);
    strata(ItemReleases.release4()).upgrade();
    database.execute(
        "DROP VIEW item_names",
        "CREATE VIEW raw_items AS " + ItemReleases.RAW_ITEMS,
        "INSERT INTO strata_schema_history (migration_set, version, description, checksum,"
            + " installed_by, applied_at, execution_ms, success, run_state, statements_done)"
            + " VALUES ('main', 5, 'Views by raw SQL and a step', 'checksum-5', 'killed',"
            + " CURRENT_TIMESTAMP, 0, FALSE, 'UPGRADING', 2)");

    ValidationException invalid =
        assertThrows(
            ValidationException.class,
            () -> strata(ItemReleases.release5WithHandWrittenViews()).validate());

    assertEquals(List.of(), invalid.report().drift());
    assertTrue(invalid.getMessage().contains("repair"), invalid.getMessage());
    Strata strict =
        Strata.configure(database.dataSource())
            .sources(ItemReleases.release5WithHandWrittenViews())
            .failOnDrift(true)
            .load();
    String refusal = assertThrows(StrataException.class, strict::upgrade).getMessage();
    assertFalse(refusal.contains("failOnDrift"), refusal);
    assertTrue(refusal.contains("repair"), refusal);
  }

  /**
   * A run of a set this application does not load died half-way (another application's): drift is
   * not looked for, since that run's views can be anywhere, which validate() said nothing of
   * (valid, no drift) and a start that fails on drift went on without looking. validate() now names
   * the run as the reason, and such a start refuses, naming it, applying nothing.
   */
  @Test
  void aRunOfAnotherSetThatDidNotFinishIsNamedAsWhyDriftWasNotLookedFor() {
    strata(ItemReleases.release4()).upgrade();
    database.execute(
        "CREATE OR REPLACE VIEW item_names AS SELECT id, name, price FROM items WHERE id > 1",
        "INSERT INTO strata_schema_history (migration_set, version, description, checksum,"
            + " installed_by, applied_at, execution_ms, success, run_state, statements_done)"
            + " VALUES ('reporting', 1, 'Create sales', 'checksum-1', 'killed',"
            + " CURRENT_TIMESTAMP, 0, FALSE, 'UPGRADING', 1)");

    ValidationReport report = strata(ItemReleases.release4()).validate();

    assertEquals(List.of(), report.drift());
    assertEquals(
        List.of("reporting 1 FAILED"),
        report.unfinished().stream()
            .map(run -> run.set() + " " + run.version() + " " + run.state())
            .toList());
    assertTrue(report.toString().contains("Drift was not looked for"), report::toString);
    assertTrue(
        report
            .toString()
            .contains("V0001 \"Create sales\" of set reporting: did not finish; repair it"),
        report::toString);
    Strata strict =
        Strata.configure(database.dataSource())
            .sources(ItemReleases.release5())
            .failOnDrift(true)
            .load();
    ValidationException refusal = assertThrows(ValidationException.class, strict::upgrade);
    assertTrue(
        refusal.getMessage().startsWith("Strata refuses to start: failOnDrift is on"),
        refusal::getMessage);
    assertTrue(
        refusal.getMessage().contains("V0001 \"Create sales\" of set reporting"),
        refusal::getMessage);
    assertEquals(5, database.history().size());
  }

  @Test
  void onlyMigrationsWithRawSqlOrStepsReadTheWholeCatalogOfViews() {
    strata(ItemReleases.release4()).upgrade();
    RecordingDataSource recording = new RecordingDataSource(database.dataSource());

    Strata.configure(recording).sources(ItemReleases.release5()).load().upgrade();
    List<String> plain = viewReads(recording);
    strata(ItemReleases.release5()).downgrade(4);
    recording.clear();
    Strata.configure(recording)
        .sources(ItemReleases.release5WithHandWrittenViews())
        .load()
        .upgrade();
    List<String> raw = viewReads(recording);

    // migration 5 of release 5 names its one view: one read of it, none of the whole schema (on
    // MariaDB, read by the statement that marks its row applied)
    assertEquals(1, plain.size(), plain::toString);
    assertTrue(readsNamedViews(plain.get(0)), plain::toString);
    // the other reads the schema's views before and after it runs
    assertEquals(2, raw.stream().filter(sql -> !readsNamedViews(sql)).count(), raw::toString);
  }

  // by a list of names, or one by one inside the statement that writes the row: MariaDB's
  // outcome UPDATE, PostgreSQL's INSERT
  private static boolean readsNamedViews(String sql) {
    return sql.contains(" IN (") || sql.contains("TABLE_NAME = ?") || sql.contains("c.relname = ?");
  }

  private static List<String> viewReads(RecordingDataSource recording) {
    return recording.recorded().stream()
        .filter(sql -> sql.contains("pg_get_viewdef") || sql.contains("INFORMATION_SCHEMA.VIEWS"))
        .toList();
  }

  // a view, and a view reading it, that compare what they read with literals: a database may store
  // such a comparison differently once the column's type changes (H2 casts the literal)
  private static final FakeMigration PRICES =
      FakeMigration.of(
          1,
          "Create prices, dear_prices and dear_price_ids",
          ops -> {
            ops.createTable(
                new Table(
                    "prices",
                    List.of(Column.of("id", "INTEGER").notNull(), Column.of("amount", "INTEGER")),
                    List.of("id")));
            ops.createView("dear_prices", "SELECT id, amount FROM prices WHERE amount > 1");
            ops.createView("dear_price_ids", "SELECT id FROM dear_prices WHERE amount > 100");
          },
          ops -> {
            ops.dropView("dear_price_ids");
            ops.dropView("dear_prices");
            ops.dropTable("prices");
          });

  private static final FakeMigration WIDER_AMOUNTS =
      FakeMigration.of(
          2,
          "Change column amount of table prices",
          ops -> ops.alterColumn("prices", Column.of("amount", "BIGINT")),
          ops -> ops.alterColumn("prices", Column.of("amount", "INTEGER")));

  private static final FakeMigration RENAMED_PRICES =
      FakeMigration.of(
          2,
          "Rename table prices to costs",
          ops -> ops.renameTable("prices", "costs"),
          ops -> ops.renameTable("costs", "prices"));

  @Test
  void viewsCreatedAgainAroundAColumnChangeAreRecordedAsTheDatabaseNowStoresThem() {
    strata(PRICES).upgrade();
    Strata strict =
        Strata.configure(database.dataSource())
            .sources(FakeSource.of("main", List.of(PRICES, WIDER_AMOUNTS)))
            .failOnDrift(true)
            .load();

    assertEquals(1, strict.upgrade().size());

    assertEquals(List.of(), strict.validate().drift());
    // the next start, which refuses on drift, finds none
    assertEquals(List.of(), strict.upgrade());
    strict.downgrade(1);
    assertEquals(List.of(), strict.validate().drift());
  }

  @Test
  void viewsThatFollowARenameAreRecordedAsTheDatabaseNowStoresThem() {
    // only PostgreSQL rewrites the views that read a renamed table; elsewhere they must be created
    // again by the migration, and are recorded as it writes them
    assumeTrue(kind() == DatabaseKind.POSTGRESQL);
    Strata release = strata(PRICES, RENAMED_PRICES);

    release.upgrade();

    assertEquals(List.of(), release.validate().drift());
    release.downgrade(1);
    assertEquals(List.of(), release.validate().drift());
  }

  @Test
  void aViewMadeByHandThatStrataCreatesAgainIsStillNamedAsMadeByHand() {
    strata(PRICES).upgrade();
    database.execute("CREATE VIEW price_report AS SELECT id FROM dear_prices WHERE amount > 5");

    Strata release = strata(PRICES, WIDER_AMOUNTS);
    release.upgrade();

    assertTrue(database.viewNames().contains("price_report"));
    assertEquals(
        List.of("price_report:ADDED"),
        release.validate().drift().stream().map(d -> local(d.view()) + ":" + d.change()).toList());
    release.downgrade(1);
    assertEquals(
        List.of("price_report:ADDED"),
        release.validate().drift().stream().map(d -> local(d.view()) + ":" + d.change()).toList());
  }

  @Test
  void aDowngradeAcrossABaselineIsNotDrift() {
    adoptRelease4ByBaseline();
    Strata strict =
        Strata.configure(database.dataSource())
            .sources(ItemReleases.release4())
            .failOnDrift(true)
            .load();

    // migration 4, baselined, gives item_names release 2's columns back; 2 drops it
    strict.downgrade(2);
    assertEquals(List.of(), strict.validate().drift());
    strict.downgrade(1);
    assertEquals(List.of(), strict.validate().drift());

    // the next start, which refuses on drift, finds none
    assertEquals(3, strict.upgrade().size());
    assertEquals(List.of(), strict.validate().drift());
  }

  @Test
  void aDowngradeAcrossABaselineRestoresAViewNobodyDeclaredWithoutDrift() {
    // a report on item_names, there when the database was adopted: the baseline holds it
    adoptRelease4ByBaseline("CREATE VIEW name_report AS SELECT id FROM item_names");
    Strata release4 = strata(ItemReleases.release4());

    // migration 4's downgrade drops item_names, and with it the report, then creates both again
    release4.downgrade(3);

    assertEquals(List.of("item_names", "name_report"), database.viewNames());
    assertEquals(List.of(), release4.validate().drift());
  }

  /**
   * Release 4's objects made by hand, with {@code more}, then adopted: versions 1 to 4 record no
   * views, the baseline records release 4's.
   */
  private void adoptRelease4ByBaseline(String... more) {
    database.execute(
        "CREATE TABLE items (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(100), price INTEGER)",
        "CREATE VIEW item_names AS " + ItemReleases.ITEM_NAMES_V4);
    database.execute(more);
    strata(ItemReleases.release4()).baseline(4);
    assertEquals(List.of(), strata(ItemReleases.release4()).validate().drift());
  }

  /**
   * A migration that fails after it replaced a view is undone (where DDL commits at once) by
   * creating the view again with the query its downgrade declares, which may be written otherwise
   * than the query that created it: here {@code id} where the migration wrote {@code items.id}. H2
   * keeps a column's qualification as written, so its catalog reported the view restored by the
   * undo otherwise than the history recorded it, and validate named the view as changed by hand.
   * The undo records it again as the catalog stores it; views it did not put back are left as
   * recorded, so a change by hand still shows.
   */
  @Test
  void aViewThatTheUndoOfAFailedMigrationRestoresIsNotDrift() {
    FakeMigration items =
        FakeMigration.of(
            1,
            "Create items",
            ops ->
                ops.createTable(
                    new Table(
                        "items",
                        List.of(
                            Column.of("id", "BIGINT").notNull(), Column.of("name", "VARCHAR(100)")),
                        List.of("id"))),
            ops -> ops.dropTable("items"));
    FakeMigration names =
        FakeMigration.of(
            2,
            "Create item_names",
            ops -> {
              ops.createView("item_names", "SELECT items.id, items.name FROM items");
              ops.createView("item_ids", "SELECT items.id FROM items");
            },
            ops -> {
              ops.dropView("item_ids");
              ops.dropView("item_names");
            });
    FakeMigration failing =
        FakeMigration.of(
            3,
            "Replace item_names, then fail",
            ops -> {
              ops.replaceView("item_names", "SELECT id, name, 1 AS one FROM items");
              ops.createView("broken", "SELECT no_such_column FROM items");
            },
            ops -> {
              ops.dropView("broken");
              ops.replaceView("item_names", "SELECT id, name FROM items");
            });
    strata(items, names).upgrade();
    // changed by hand before, and not touched by the failed migration: drift still
    database.execute("CREATE OR REPLACE VIEW item_ids AS SELECT items.id FROM items WHERE id > 1");

    assertThrows(StrataException.class, () -> strata(items, names, failing).upgrade());

    assertEquals(List.of("item_ids", "item_names"), database.viewNames());
    List<ViewDrift> drift = strata(items, names).validate().drift();
    assertEquals(
        List.of("item_ids:CHANGED"),
        drift.stream().map(d -> local(d.view()) + ":" + d.change()).toList());
    // and a change by hand after the undo is drift too
    database.execute(
        "CREATE OR REPLACE VIEW item_names AS SELECT items.id, items.name FROM items WHERE id > 1");
    drift = strata(items, names).validate().drift();
    assertEquals(
        List.of("item_ids:CHANGED", "item_names:CHANGED"),
        drift.stream().map(d -> local(d.view()) + ":" + d.change()).toList());
  }

  /**
   * Makes the history's records of views as a build of Strata from before view options were
   * recorded wrote them: the catalog's definitions alone.
   */
  void recordsFromBeforeViewOptions() {
    try (Connection connection = database.dataSource().getConnection();
        Statement read = connection.createStatement();
        ResultSet rows =
            read.executeQuery(
                "SELECT migration_set, version, view_definitions FROM strata_schema_history"
                    + " WHERE view_definitions IS NOT NULL");
        PreparedStatement write =
            connection.prepareStatement(
                "UPDATE strata_schema_history SET view_definitions = ?"
                    + " WHERE migration_set = ? AND version = ?")) {
      while (rows.next()) {
        Map<String, String> views = new TreeMap<>(ViewRecords.decode(rows.getString(3)));
        views.replaceAll(
            (key, definition) ->
                definition == null ? null : RecordedView.parse(definition).definition());
        write.setString(1, ViewRecords.encode(views));
        write.setString(2, rows.getString(1));
        write.setInt(3, rows.getInt(2));
        write.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static String local(String view) {
    return view.substring(view.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
  }
}
