package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.ItemReleases;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A deployment of release 5 rolled back to release 4's build, which lacks migration 5: refused by
 * default, reverted from the downgrade the history stored when migration 5 was applied on request
 * or at start, with the rows of the tables kept; run on H2, PostgreSQL and MariaDB by subclasses.
 */
abstract class StoredDowngradeScenarios extends DatabaseScenarios {

  static final List<String> RELEASE_4 = List.of("main:1", "main:2", "main:3", "main:4");

  @Test
  void theOlderBuildRefusesToStartByDefault() {
    deployRelease5();

    String message =
        assertThrows(StrataException.class, () -> strata(ItemReleases.release4()).upgrade())
            .getMessage();

    assertTrue(message.contains("V0005 \"Add stock, suppliers and cheap_items\""), message);
    assertTrue(message.contains("strata downgrade --to 4"), message);
    assertEquals(List.of("main:1", "main:2", "main:3", "main:4", "main:5"), database.history());
    assertEquals(List.of("cheap_items", "item_names"), database.viewNames());
  }

  @Test
  void theOlderBuildDowngradesToItsVersionFromTheHistory() {
    deployRelease5();
    Strata release4 = strata(ItemReleases.release4());

    assertTrue(release4.downgradeSql(4).toLowerCase(Locale.ROOT).contains("drop view cheap_items"));
    assertEquals(
        List.of("column stock of table items and its values", "table suppliers and its rows"),
        release4.downgradeDrops(4).stream().map(DroppedData::what).sorted().toList());
    assertEquals(List.of(5), versions(release4.downgrade(4)));

    assertRelease4();
    assertEquals(List.of(), release4.upgrade());
    assertTrue(release4.validate().valid());
    assertEquals(List.of(5), versions(strata(ItemReleases.release5()).upgrade()));
    assertEquals(List.of("cheap_items", "item_names"), database.viewNames());
  }

  @Test
  void theOlderBuildRevertsAVersionAdoptedWithABaselineFromTheHistory() {
    deployRelease5();
    // the same database adopted with a baseline of release 5 instead: nothing runs, the downgrades
    // are stored all the same
    database.execute("DROP TABLE strata_schema_history");
    assertEquals(List.of(1, 2, 3, 4, 5), versions(strata(ItemReleases.release5()).baseline(5)));

    assertEquals(List.of(5), versions(strata(ItemReleases.release4()).downgrade(4)));

    assertRelease4();
  }

  @Test
  void theOlderBuildRevertsWhatItDoesNotKnowAtStartWhenConfiguredTo() {
    deployRelease5();
    Strata release4 =
        Strata.configure(database.dataSource())
            .sources(ItemReleases.release4())
            .unknownMigrations(UnknownMigrations.REVERT)
            .load();

    assertEquals(List.of(5), versions(release4.upgrade()));

    assertRelease4();
    assertEquals(List.of(), release4.upgrade());
  }

  @Test
  void aViewWithAQueryPerDatabaseAndOptionsComesBackAsTheOlderBuildDeclaredIt() {
    assertEquals(
        List.of(1, 2, 3, 4, 5), versions(strata(ItemReleases.release5PerDatabase()).upgrade()));
    database.execute("UPDATE items SET price = 3 WHERE id = 1");
    assertEquals(List.of(madeFor() + " 5"), database.rows(madeForQuery()));
    assertEquals(release5Options(), viewOptions());
    Strata release4 = strata(ItemReleases.release4PerDatabase());

    assertEquals(List.of(5), versions(release4.downgrade(4)));

    assertEquals(RELEASE_4, database.history());
    assertEquals(List.of("item_names"), database.viewNames());
    assertEquals(
        List.of("1|pen|3|" + madeFor(), "2|desk|null|" + madeFor()),
        database.rows("SELECT id, name, price, made_for FROM item_names ORDER BY id"));
    assertEquals(release4Options(), viewOptions());
    assertEquals(List.of(), release4.upgrade());
    assertTrue(release4.validate().valid());
  }

  @Test
  void aFailingStoredDowngradeIsUndoneAndKeepsTheMigration() {
    deployRelease5();
    database.execute(
        "CREATE TABLE deliveries (id INT PRIMARY KEY, supplier_id BIGINT,"
            + " CONSTRAINT deliveries_supplier FOREIGN KEY (supplier_id) REFERENCES suppliers (id))");

    String message =
        assertThrows(StrataException.class, () -> strata(ItemReleases.release4()).downgrade(4))
            .getMessage();

    assertTrue(message.contains("V0005"), message);
    assertTrue(message.toLowerCase(Locale.ROOT).contains("suppliers"), message);
    assertEquals(List.of("main:1", "main:2", "main:3", "main:4", "main:5"), database.history());
    assertEquals(List.of("cheap_items", "item_names"), database.viewNames());
    assertEquals(List.of("1|pen"), database.rows("SELECT id, name FROM cheap_items ORDER BY id"));
  }

  @Test
  void aDowngradeThatRunsAJavaStepIsNotStoredAndIsRefusedCleanly() {
    strata(ItemReleases.release5WithStep()).upgrade();

    String message =
        assertThrows(StrataException.class, () -> strata(ItemReleases.release4()).downgrade(4))
            .getMessage();

    assertTrue(message.contains("hand-written Java step"), message);
    assertTrue(message.contains("Nothing was reverted"), message);
    assertTrue(message.contains("Downgrade with the build that applied it"), message);
    assertEquals(List.of("main:1", "main:2", "main:3", "main:4", "main:5"), database.history());
  }

  @Test
  void aFormat1HistoryUpgradesItselfInPlaceAndStoresFromThen() {
    strata(ItemReleases.release4()).upgrade();
    toFormat1();

    // a read-only run reads the old table as it is
    assertTrue(strata(ItemReleases.release4()).validate().valid());
    assertEquals(List.of(5), versions(strata(ItemReleases.release5()).upgrade()));
    fillRows();

    assertEquals(List.of("2"), database.rows(markerFormat()));
    assertEquals(
        List.of("0"),
        database.rows(
            "SELECT COUNT(*) FROM strata_schema_history WHERE version = 5 AND downgrade IS NULL"));
    assertEquals(List.of(5), versions(strata(ItemReleases.release4()).downgrade(4)));
    assertRelease4();
    assertTrue(strata(ItemReleases.release4()).validate().valid());
  }

  @Test
  void aMigrationAppliedBeforeFormat2IsRefusedWithTheReason() {
    deployRelease5();
    toFormat1();
    assertEquals(List.of(), strata(ItemReleases.release5()).upgrade());

    String message =
        assertThrows(StrataException.class, () -> strata(ItemReleases.release4()).downgrade(4))
            .getMessage();

    assertTrue(message.contains("history format 1"), message);
    assertEquals(5, database.history().size());
  }

  private void deployRelease5() {
    assertEquals(List.of(1, 2, 3, 4, 5), versions(strata(ItemReleases.release5()).upgrade()));
    fillRows();
  }

  private void fillRows() {
    database.execute("UPDATE items SET price = 3, stock = 7 WHERE id = 1");
    database.execute("INSERT INTO items (id, name, price, stock) VALUES (3, 'lamp', 40, 2)");
  }

  private void assertRelease4() {
    assertEquals(RELEASE_4, database.history());
    assertEquals(List.of("item_names"), database.viewNames());
    assertEquals(
        List.of("1|pen|3", "2|desk|null", "3|lamp|40"),
        database.rows("SELECT id, name, price FROM item_names ORDER BY id"));
    assertTrue(!database.tableExists(stored("suppliers")), "suppliers is dropped");
    assertThrows(IllegalStateException.class, () -> database.rows("SELECT stock FROM items"));
  }

  /** Makes the history table what a Strata of format 1 left: no stored downgrades or views. */
  private void toFormat1() {
    database.execute(
        "ALTER TABLE strata_schema_history DROP COLUMN downgrade",
        "ALTER TABLE strata_schema_history DROP COLUMN view_definitions",
        "UPDATE strata_schema_history SET checksum = '1' WHERE version = 0");
  }

  private static String markerFormat() {
    return "SELECT checksum FROM strata_schema_history WHERE version = 0";
  }

  /** What the query of {@code item_names} that runs on the test's database says it was made for. */
  private String madeFor() {
    return switch (kind()) {
      case POSTGRESQL -> "postgresql";
      case MYSQL -> "mariadb";
      default -> "portable";
    };
  }

  private static String madeForQuery() {
    return "SELECT DISTINCT made_for FROM item_names";
  }

  /** The options of {@code item_names} as the catalog reports them; H2 has none. */
  private String viewOptions() {
    return switch (kind()) {
      case POSTGRESQL ->
          database
              .rows(
                  "SELECT string_agg(o, ',' ORDER BY o) FROM pg_class c, unnest(c.reloptions) o"
                      + " WHERE c.oid = 'item_names'::regclass")
              .get(0);
      case MYSQL ->
          database
              .rows(
                  "SELECT SECURITY_TYPE, CHECK_OPTION, ALGORITHM FROM INFORMATION_SCHEMA.VIEWS"
                      + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'item_names'")
              .get(0);
      default -> "";
    };
  }

  private String release4Options() {
    return switch (kind()) {
      case POSTGRESQL -> "check_option=local,security_barrier=true,security_invoker=true";
      case MYSQL -> "INVOKER|LOCAL|UNDEFINED";
      default -> "";
    };
  }

  private String release5Options() {
    return switch (kind()) {
      case POSTGRESQL -> "null";
      case MYSQL -> "DEFINER|NONE|MERGE";
      default -> "";
    };
  }

  private String stored(String name) {
    return kind() == DatabaseKind.H2 ? name.toUpperCase(Locale.ROOT) : name;
  }

  static List<Integer> versions(List<MigrationInfo> migrations) {
    return migrations.stream().map(MigrationInfo::version).toList();
  }
}
