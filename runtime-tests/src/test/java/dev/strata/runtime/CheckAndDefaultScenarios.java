package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Check constraints and column defaults, the same on every database (H2, PostgreSQL and MariaDB in
 * the subclasses): a NOT NULL column with a default is added to a filled table in one step, a
 * column made NOT NULL gives its NULLs its default, and checks are added, enforced, dropped by name
 * and taken back when a later step of their migration fails.
 */
abstract class CheckAndDefaultScenarios extends DatabaseScenarios {

  private static final FakeMigration ITEMS =
      FakeMigration.of(
          1,
          "Create items",
          ops ->
              ops.createTable(
                  new Table(
                      "items",
                      List.of(
                          Column.of("id", "BIGINT").notNull(),
                          Column.of("name", "VARCHAR(50)"),
                          Column.of("price", "INTEGER")),
                      List.of("id"))),
          ops -> ops.dropTable("items"));
  private static final Check PRICE_POSITIVE = new Check("items_price_check", "(price>=0)");

  @Test
  void aNotNullColumnWithADefaultIsAddedToAFilledTableAndItsRowsTakeTheDefault() {
    FakeMigration stock =
        FakeMigration.of(
            2,
            "Add stock",
            ops -> ops.addColumn("items", Column.of("stock", "INTEGER").notNull().withDefault("0")),
            ops -> ops.dropColumn("items", "stock"));
    Strata strata = strata(ITEMS, stock);
    strata.upgrade(1);
    database.execute("INSERT INTO items (id, name, price) VALUES (1, 'pen', 2), (2, 'ink', 5)");

    strata.upgrade();
    database.execute("INSERT INTO items (id, name) VALUES (3, 'pad')");

    assertEquals(
        List.of("1|0", "2|0", "3|0"), database.rows("SELECT id, stock FROM items ORDER BY id"));
    assertThrows(
        IllegalStateException.class,
        () -> database.execute("INSERT INTO items (id, stock) VALUES (4, NULL)"));
    strata.downgrade(1);
    assertEquals(List.of("1|pen", "2|ink", "3|pad"), rows("SELECT id, name FROM items"));
  }

  @Test
  void aColumnMadeNotNullWithADefaultGivesItsNullsTheDefaultAndLosesBothOnTheWayDown() {
    FakeMigration named =
        FakeMigration.of(
            2,
            "Name every item",
            ops ->
                ops.alterColumn(
                    "items", Column.of("name", "VARCHAR(50)").notNull().withDefault("'unnamed'")),
            ops -> {
              ops.alterColumn("items", Column.of("name", "VARCHAR(50)"));
              ops.dropDefault("items", "name");
            });
    Strata strata = strata(ITEMS, named);
    strata.upgrade(1);
    database.execute("INSERT INTO items (id, name) VALUES (1, 'pen'), (2, NULL)");

    strata.upgrade();
    database.execute("INSERT INTO items (id) VALUES (3)");

    assertEquals(List.of("1|pen", "2|unnamed", "3|unnamed"), rows("SELECT id, name FROM items"));
    strata.downgrade(1);
    database.execute("INSERT INTO items (id, name) VALUES (4, NULL)");
    database.execute("INSERT INTO items (id) VALUES (5)");
    assertEquals(List.of("4|null", "5|null"), rows("SELECT id, name FROM items WHERE id > 3"));
  }

  @Test
  void aCheckRefusesRowsUntilItIsDroppedByName() {
    FakeMigration check =
        FakeMigration.of(
            2,
            "Check prices",
            ops -> ops.addCheck("items", PRICE_POSITIVE),
            ops -> ops.dropCheck("items", PRICE_POSITIVE.name()));
    Strata strata = strata(ITEMS, check);
    strata.upgrade();

    assertRefused("INSERT INTO items (id, price) VALUES (1, -1)");
    database.execute("INSERT INTO items (id, price) VALUES (1, 0)");

    strata.downgrade(1);
    database.execute("INSERT INTO items (id, price) VALUES (2, -1)");
    assertEquals(List.of("1|0", "2|-1"), rows("SELECT id, price FROM items"));
  }

  @Test
  void aCheckTheRowsBreakFailsItsMigrationNamingIt() {
    FakeMigration check =
        FakeMigration.of(
            2, "Check prices", ops -> ops.addCheck("items", PRICE_POSITIVE), ops -> {});
    Strata strata = strata(ITEMS, check);
    strata.upgrade(1);
    database.execute("INSERT INTO items (id, price) VALUES (1, -1)");

    StrataException failure = assertThrows(StrataException.class, strata::upgrade);

    assertTrue(failure.getMessage().contains("V0002"), failure.getMessage());
    assertEquals(List.of("main:1"), database.history());
  }

  @Test
  void aFailedMigrationTakesBackTheChecksItAddedAndDropped() {
    FakeMigration checked =
        FakeMigration.of(
            2,
            "Check prices",
            ops -> ops.addCheck("items", PRICE_POSITIVE),
            ops -> ops.dropCheck("items", PRICE_POSITIVE.name()));
    FakeMigration broken =
        FakeMigration.of(
            3,
            "Swap checks",
            ops -> {
              ops.dropCheck("items", PRICE_POSITIVE.name());
              ops.addCheck("items", new Check("items_name_check", "(name <> '')"));
              ops.execute("SELECT no_such_column FROM items");
            },
            ops -> {});
    strata(ITEMS, checked).upgrade();

    assertThrows(StrataException.class, strata(ITEMS, checked, broken)::upgrade);

    assertEquals(List.of("main:1", "main:2"), database.history());
    assertRefused("INSERT INTO items (id, price) VALUES (1, -1)");
    database.execute("INSERT INTO items (id, name, price) VALUES (2, '', 1)");
  }

  private void assertRefused(String insert) {
    assertThrows(IllegalStateException.class, () -> database.execute(insert), insert);
  }

  private List<String> rows(String query) {
    return database.rows(query + " ORDER BY id");
  }
}
