package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.KeyedOrders;
import dev.strata.runtime.testing.ShopTables;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Tables evolved by migrations the same way on every database, run on H2, PostgreSQL and MariaDB by
 * the subclasses: the rows in the tables survive every step that does not drop them, up and down.
 */
abstract class TableScenarios extends DatabaseScenarios {

  static final String BAD_SQL = "SELECT no_such_column FROM customers";

  static final List<String> ORDERS = List.of("1|1|12.50", "2|2|7.25", "3|1|30.00");
  static final List<String> VIEW_ROWS = List.of("Bob|7.25", "Ann|12.50", "Ann|30.00");

  @Test
  void tablesEvolveUpAndDownKeepingTheirRows() {
    strata(ShopTables.upTo(1)).upgrade();
    insertRows();
    assertEquals(expected(1), snapshot(1));
    assertEquals(List.of("1"), database.rows("SELECT COUNT(placed_at) FROM orders"));

    for (int version = 2; version <= 6; version++) {
      assertEquals(List.of(version), versions(strata(ShopTables.upTo(version)).upgrade()));
      if (version == 2) {
        database.execute("UPDATE customers SET phone = '555-0101' WHERE id = 1");
      }
      assertEquals(expected(version), snapshot(version), "after upgrading to " + version);
    }
    assertWideNullableNameAccepted();
    assertKeysEnforced("purchases");

    Strata strata = strata(ShopTables.upTo(6));
    for (int version = 5; version >= 1; version--) {
      assertEquals(List.of(version + 1), versions(strata.downgrade(version)));
      assertEquals(expected(version), snapshot(version), "after downgrading to " + version);
    }
    // dropping placed_at in version 5 dropped its values: version 4's downgrade cannot bring them
    assertEquals(List.of("0"), database.rows("SELECT COUNT(placed_at) FROM orders"));
    assertKeysEnforced("orders");

    assertEquals(List.of(1), versions(strata.downgrade(0)));
    assertEquals(List.of(), database.viewNames());
    assertFalse(database.tableExists(stored("customers")));
    assertFalse(database.tableExists(stored("orders")));

    assertEquals(List.of(1, 2, 3, 4, 5, 6), versions(strata.upgrade()));
    assertEquals(
        List.of("0", "0"),
        database.rows("SELECT COUNT(*) FROM customers UNION ALL SELECT COUNT(*) FROM purchases"));
    insertRows("full_name", "purchases");
    assertEquals(VIEW_ROWS, database.rows(viewQuery()));
  }

  /**
   * MariaDB and MySQL need an index on a foreign key's columns: they make one for the key when none
   * serves it, drop theirs silently once an index of the migration's serves it, and then refuse to
   * drop that index. An index on a key's columns still comes and goes as the migrations say.
   */
  @Test
  void anIndexOnAForeignKeysColumnsIsAddedAndDroppedUpAndDownWithTheKeyKept() {
    FakeSource source =
        FakeSource.of(
            "main",
            List.of(
                KeyedOrders.tables(false), KeyedOrders.createIndex(2), KeyedOrders.dropIndex(3)));

    assertEquals(List.of(1, 2, 3), versions(strata(source).upgrade()));
    assertEquals(List.of(3, 2), versions(strata(source).downgrade(1)));
    assertEquals(List.of(2, 3), versions(strata(source).upgrade()));
    database.execute("INSERT INTO customers (id) VALUES (1)", "INSERT INTO orders VALUES (1, 1)");
    assertThrows(
        IllegalStateException.class,
        () -> database.execute("INSERT INTO orders VALUES (2, 99)"),
        "the foreign key still holds");
    assertEquals(List.of(3, 2, 1), versions(strata(source).downgrade(0)));
    assertFalse(database.tableExists(stored("orders")));
  }

  /**
   * The order Hibernate's schema has, and Strata's migrations of it: the index on the key's columns
   * first, then the key, which H2 then ties to that index and MySQL and MariaDB serve by it.
   */
  @Test
  void anIndexCreatedBeforeTheForeignKeyItServesIsDroppedWithTheKeyKept() {
    FakeSource source =
        FakeSource.of("main", List.of(KeyedOrders.tables(true), KeyedOrders.dropIndex(2)));

    assertEquals(List.of(1, 2), versions(strata(source).upgrade()));
    database.execute("INSERT INTO customers (id) VALUES (1)", "INSERT INTO orders VALUES (1, 1)");
    assertThrows(
        IllegalStateException.class,
        () -> database.execute("INSERT INTO orders VALUES (2, 99)"),
        "the foreign key still holds");
    assertEquals(List.of(2), versions(strata(source).downgrade(1)));
    assertEquals(List.of(2), versions(strata(source).upgrade()));
    assertEquals(List.of(2, 1), versions(strata(source).downgrade(0)));
  }

  /**
   * Undoing an index on a foreign key's columns where the database dropped its own index for the
   * key meanwhile (MySQL, MariaDB): the undo gives the key its index back as it drops this one.
   */
  @Test
  void aFailingMigrationUndoesAnIndexItCreatedOnAForeignKeysColumns() {
    strata(ShopTables.upTo(1)).upgrade();

    String message =
        failVersion2(
            ops -> {
              ops.createIndex("orders", KeyedOrders.BY_CUSTOMER);
              ops.createView("broken", BAD_SQL);
            });

    assertTrue(message.contains("V0002 \"Break things\" of set main"), message);
    assertFalse(message.contains("undo failed") || message.contains("tried to undo"), message);
    assertEquals(List.of("main:1"), database.history());
    // not left behind: creating it again succeeds
    database.execute("CREATE INDEX orders_customer_idx ON orders (customer_id)");
    database.execute(
        "DROP INDEX orders_customer_idx" + (kind() == DatabaseKind.MYSQL ? " ON orders" : ""));
  }

  /**
   * Hibernate's schema creates the index before the key, which then has no other: an index created
   * again by a downgrade, after the version that dropped it gave the key an index of its own (made
   * by H2, added by Strata on MySQL and MariaDB), leaves the key that one index too.
   */
  @Test
  void anIndexADowngradeCreatesAgainIsTheOnlyIndexOnTheForeignKeysColumns() {
    FakeSource source =
        FakeSource.of("main", List.of(KeyedOrders.tables(true), KeyedOrders.dropIndex(2)));
    strata(source).upgrade();
    String script = strata(source).downgradeSql(1);

    assertEquals(List.of(2), versions(strata(source).downgrade(1)));

    assertEquals(List.of("orders_customer_idx"), indexesOnCustomerId());
    String create = "CREATE INDEX orders_customer_idx ON orders (customer_id);\n";
    String expected =
        switch (kind()) {
          case MYSQL ->
              "ALTER TABLE orders ADD INDEX orders_customer_idx (customer_id),"
                  + " DROP INDEX orders_customer_fk;\n";
          case H2 ->
              "ALTER TABLE orders DROP CONSTRAINT orders_customer_fk;\n"
                  + create
                  + "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id)"
                  + " REFERENCES customers (id);\n";
          default -> create;
        };
    assertTrue(script.contains(expected), script);
    assertKeyHolds();
    assertEquals(List.of(2), versions(strata(source).upgrade()));
    assertKeyHolds();
  }

  /** As the database has it once the index is created before the key (H2 kept its own beside). */
  @Test
  void anIndexCreatedAfterTheForeignKeyIsTheOnlyIndexOnItsColumns() {
    FakeSource source =
        FakeSource.of("main", List.of(KeyedOrders.tables(false), KeyedOrders.createIndex(2)));

    assertEquals(List.of(1, 2), versions(strata(source).upgrade()));

    assertEquals(List.of("orders_customer_idx"), indexesOnCustomerId());
    assertKeyHolds();
    assertEquals(List.of(2), versions(strata(source).downgrade(1)));
    assertEquals(
        kind() == DatabaseKind.POSTGRESQL ? 0 : 1,
        indexesOnCustomerId().size(),
        "the key's own index, on the databases that give it one");
  }

  /**
   * Undoing the drop of an index that alone served a foreign key, for which MySQL and MariaDB then
   * got the index Strata added for the key: the index comes back as the key's only one.
   */
  @Test
  void aFailingMigrationThatDroppedTheIndexOfAForeignKeyLeavesItTheKeysOnlyIndex() {
    strata(KeyedOrders.tables(true)).upgrade();
    FakeMigration broken =
        FakeMigration.of(
            2,
            "Break things",
            ops -> {
              ops.dropIndex("orders", KeyedOrders.BY_CUSTOMER.name());
              ops.createView("broken", BAD_SQL);
            },
            ops -> {});

    String message =
        assertThrows(
                StrataException.class, () -> strata(KeyedOrders.tables(true), broken).upgrade())
            .getMessage();

    assertFalse(message.contains("undo failed") || message.contains("tried to undo"), message);
    assertEquals(List.of("orders_customer_idx"), indexesOnCustomerId());
    assertKeyHolds();
  }

  @Test
  void aFailingTableMigrationLeavesTheTablesAsTheyWere() {
    strata(ShopTables.upTo(1)).upgrade();
    insertRows();

    String message =
        failVersion2(
            ops -> {
              ops.addColumn("customers", ShopTables.PHONE);
              ops.dropView("customer_orders");
              ops.renameColumn("customers", "name", "full_name");
              ops.dropForeignKey("orders", ShopTables.CUSTOMER_FK.name());
              ops.dropIndex("orders", ShopTables.PLACED_AT_IDX.name());
              ops.dropIndex("customers", ShopTables.EMAIL_KEY.name());
              ops.renameTable("orders", "purchases");
              ops.createTable(
                  new Table(
                      "audit",
                      List.of(
                          new Column("id", "INTEGER", false, true),
                          new Column("customer_id", "BIGINT", true, false)),
                      List.of("id")));
              ops.createIndex(
                  "audit", new Index("audit_customer_idx", List.of("customer_id"), false));
              ops.addForeignKey(
                  "audit",
                  new ForeignKey(
                      "audit_customer_fkey", List.of("customer_id"), "customers", List.of("id")));
              ops.createView("broken", BAD_SQL);
            });

    assertTrue(message.contains("V0002 \"Break things\" of set main"), message);
    if (kind() != DatabaseKind.POSTGRESQL) {
      assertTrue(message.contains("Strata undid its operations with:"), message);
      assertTrue(message.contains(ShopTables.EMAIL_KEY.name()), message);
    }
    assertEquals(List.of("main:1"), database.history());
    assertEquals(expected(1), snapshot(1));
    assertFalse(hasColumn("phone"));
    assertFalse(database.tableExists(stored("audit")));
    assertFalse(database.tableExists(stored("purchases")));
    assertKeysEnforced("orders");
    // every name is back: the whole chain applies, and reverts, by those names
    assertEquals(List.of(2, 3, 4, 5, 6), versions(strata(ShopTables.upTo(6)).upgrade()));
    assertEquals(List.of(6, 5, 4, 3, 2, 1), versions(strata(ShopTables.upTo(6)).downgrade(0)));
  }

  @Test
  void aForeignKeyOverRowsThatReferToNothingFailsNamingTheFirstSuchRow() {
    strata(ShopTables.upTo(1)).upgrade();
    insertRows();
    database.execute(
        "ALTER TABLE orders DROP "
            + (kind() == DatabaseKind.MYSQL ? "FOREIGN KEY " : "CONSTRAINT ")
            + ShopTables.CUSTOMER_FK.name(),
        "INSERT INTO orders (customer_id, amount) VALUES (99, 1.00)");

    String message = failVersion2(ops -> ops.addForeignKey("orders", ShopTables.CUSTOMER_FK));

    // PostgreSQL's own message names the row; Strata names it on the others
    assertTrue(
        message.contains(
            kind() == DatabaseKind.POSTGRESQL
                ? "(customer_id)=(99)"
                : "the first row of orders that refers to no row of customers has customer_id ="
                    + " 99"),
        message);
  }

  @Test
  void aDescendingIndexComesBackDescendingWhenAFailedMigrationDroppedIt() {
    Index latest =
        Index.on("orders_latest_idx", List.of("customer_id", "placed_at"))
            .withDescending(List.of("placed_at"));
    FakeMigration index =
        FakeMigration.of(
            2,
            "Index the latest orders",
            ops -> ops.createIndex("orders", latest),
            ops -> ops.dropIndex("orders", latest.name()));
    FakeMigration broken =
        FakeMigration.of(
            3,
            "Break things",
            ops -> {
              ops.dropIndex("orders", latest.name());
              ops.createView("broken", BAD_SQL);
            },
            ops -> {});
    strata(FakeSource.of("main", List.of(ShopTables.V1, index))).upgrade();

    Strata failing = strata(FakeSource.of("main", List.of(ShopTables.V1, index, broken)));
    assertThrows(StrataException.class, failing::upgrade);

    assertEquals(
        List.of("customer_id A", "placed_at D"), database.indexColumns("orders", latest.name()));
  }

  @Test
  void aForeignKeysOnDeleteRuleHoldsAndComesBackWithAKeyAFailedMigrationDropped() {
    String key = ShopTables.CUSTOMER_FK.name();
    ForeignKey cascading =
        new ForeignKey(
            key, List.of("customer_id"), "customers", List.of("id"), ForeignKey.OnDelete.CASCADE);
    FakeMigration cascade =
        FakeMigration.of(
            2,
            "Orders go with their customer",
            ops -> {
              ops.dropForeignKey("orders", key);
              ops.addForeignKey("orders", cascading);
            },
            ops -> {
              ops.dropForeignKey("orders", key);
              ops.addForeignKey("orders", ShopTables.CUSTOMER_FK);
            });
    FakeMigration broken =
        FakeMigration.of(
            3,
            "Break things",
            ops -> {
              ops.dropForeignKey("orders", key);
              ops.createView("broken", BAD_SQL);
            },
            ops -> {});
    strata(FakeSource.of("main", List.of(ShopTables.V1, cascade))).upgrade();
    insertRows();

    Strata failing = strata(FakeSource.of("main", List.of(ShopTables.V1, cascade, broken)));
    assertThrows(StrataException.class, failing::upgrade);
    database.execute("DELETE FROM customers WHERE id = 1");

    assertEquals(List.of("2"), database.rows("SELECT id FROM orders ORDER BY id"));
    strata(FakeSource.of("main", List.of(ShopTables.V1, cascade))).downgrade(1);
    assertThrows(
        IllegalStateException.class, () -> database.execute("DELETE FROM customers WHERE id = 2"));
  }

  @Test
  void aFailingMigrationNamesTheDestructiveStepsItCouldNotUndo() {
    strata(ShopTables.upTo(1)).upgrade();
    insertRows();

    String message =
        failVersion2(
            ops -> {
              ops.dropView("customer_orders");
              ops.alterColumn("customers", new Column("name", "VARCHAR(80)", false, false));
              ops.dropColumn("customers", "email");
              ops.createView("broken", BAD_SQL);
            });

    assertEquals(List.of("main:1"), database.history());
    assertEquals(VIEW_ROWS, database.rows(viewQuery()));
    if (kind() == DatabaseKind.POSTGRESQL) {
      assertTrue(message.contains("The transaction was rolled back"), message);
      assertEquals(expected(1), snapshot(1));
    } else {
      assertTrue(
          message.contains(
              "These statements dropped or changed a table or column and cannot be undone without"
                  + " the data they removed, so they remain in effect:"),
          message);
      assertTrue(message.contains("ALTER TABLE customers DROP COLUMN email"), message);
      assertTrue(message.contains("CREATE VIEW customer_orders AS"), message);
      assertThrows(IllegalStateException.class, () -> database.rows("SELECT email FROM customers"));
    }
  }

  /**
   * Where DDL commits at once, a failing migration that dropped a table for good cannot have back
   * what it dropped of that table before (its foreign key, its index, a view reading it): the undo
   * used to fail on the first of them and leave the migration failed, everything else in place, to
   * undo by hand before {@code repair()}. It undoes the rest, and names them with the table.
   */
  @Test
  void aFailingMigrationThatDroppedATableUndoesTheRestAndNamesWhatWentWithTheTable() {
    strata(ShopTables.upTo(1)).upgrade();
    insertRows();

    String message =
        failVersion2(
            ops -> {
              ops.addColumn("customers", ShopTables.PHONE);
              ops.dropView("customer_orders");
              ops.dropForeignKey("orders", ShopTables.CUSTOMER_FK.name());
              ops.dropIndex("orders", ShopTables.PLACED_AT_IDX.name());
              ops.dropTable("orders");
              ops.createView("broken", BAD_SQL);
            });

    assertEquals(List.of("main:1"), database.history());
    assertFalse(hasColumn("phone"));
    if (kind() == DatabaseKind.POSTGRESQL) {
      assertEquals(expected(1), snapshot(1));
      return;
    }
    assertTrue(message.contains("Strata undid its operations with:"), message);
    assertTrue(message.contains("ALTER TABLE customers DROP COLUMN phone"), message);
    assertTrue(
        message.contains(
            "These statements cannot be undone either, as what they need went with the"
                + " statements above:"),
        message);
    assertTrue(message.contains("DROP VIEW customer_orders"), message);
    assertTrue(message.contains(ShopTables.PLACED_AT_IDX.name()), message);
    assertTrue(message.contains(ShopTables.CUSTOMER_FK.name()), message);
    assertFalse(database.tableExists(stored("orders")));
  }

  @Test
  void everyPortableTypeMakesAColumnTheDatabaseAccepts() {
    List<String> types =
        List.of(
            "BIGINT",
            "INTEGER",
            "SMALLINT",
            "TINYINT",
            "BOOLEAN",
            "DECIMAL(19,4)",
            "DOUBLE PRECISION",
            "REAL",
            "DATE",
            "TIME",
            "TIMESTAMP",
            "TIMESTAMP WITH TIME ZONE",
            "UUID",
            "VARCHAR(40)",
            "VARBINARY(16)",
            "CHAR(3)");
    List<Column> columns = new ArrayList<>(List.of(new Column("id", "INTEGER", false, true)));
    for (int i = 0; i < types.size(); i++) {
      columns.add(new Column("c" + i, types.get(i), i != 1, false));
    }
    FakeMigration create =
        FakeMigration.of(
            1,
            "Create every_type",
            ops -> ops.createTable(new Table("every_type", columns, List.of("id"))),
            ops -> ops.dropTable("every_type"));
    Strata strata = strata(FakeSource.of("main", List.of(create)));

    strata.upgrade();
    database.execute("INSERT INTO every_type (c1, c3, c5) VALUES (1, 2, 3.5)");
    assertEquals(List.of("1|1|2|3.5000"), database.rows("SELECT id, c1, c3, c5 FROM every_type"));
    strata.downgrade(0);
    assertFalse(database.tableExists(stored("every_type")));
  }

  @Test
  void dryRunRendersTableOperations() {
    String sql = strata(ShopTables.upTo(6)).upgradeSql();

    assertTrue(sql.contains("CREATE TABLE customers (id BIGINT "), sql);
    assertTrue(sql.contains("CREATE UNIQUE INDEX customers_email_key ON customers (email);"), sql);
    assertTrue(
        sql.contains(
            "ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id)"
                + " REFERENCES customers (id);"),
        sql);
    assertTrue(sql.contains("ALTER TABLE customers RENAME COLUMN name TO full_name;"), sql);
    assertFalse(database.tableExists(stored("customers")));
  }

  /** Two customers and three orders, one with a time, in the tables of version 1. */
  void insertRows() {
    insertRows("name", "orders");
    database.execute("UPDATE orders SET placed_at = TIMESTAMP '2024-01-02 03:04:05' WHERE id = 1");
  }

  void insertRows(String name, String orders) {
    database.execute(
        "INSERT INTO customers (" + name + ", email) VALUES ('Ann', 'ann@example.com')",
        "INSERT INTO customers (" + name + ", email) VALUES ('Bob', 'bob@example.com')",
        "INSERT INTO " + orders + " (customer_id, amount) VALUES (1, 12.50)",
        "INSERT INTO " + orders + " (customer_id, amount) VALUES (2, 7.25)",
        "INSERT INTO " + orders + " (customer_id, amount) VALUES (1, 30.00)");
  }

  /** The rows of both tables and the view, read with the names of {@code version}. */
  List<String> snapshot(int version) {
    String name = version >= 3 ? "full_name" : "name";
    String orders = version >= 6 ? "purchases" : "orders";
    List<String> rows = new ArrayList<>();
    rows.addAll(
        database.rows(
            "SELECT id, "
                + name
                + ", email"
                + (version >= 2 ? ", phone" : "")
                + " FROM customers ORDER BY id"));
    rows.addAll(database.rows("SELECT id, customer_id, amount FROM " + orders + " ORDER BY id"));
    rows.addAll(database.rows(viewQuery()));
    return rows;
  }

  /** What {@link #snapshot} reads at {@code version}: the phone set in version 2 lives as long. */
  static List<String> expected(int version) {
    List<String> rows = new ArrayList<>();
    if (version >= 2) {
      rows.add("1|Ann|ann@example.com|555-0101");
      rows.add("2|Bob|bob@example.com|null");
    } else {
      rows.add("1|Ann|ann@example.com");
      rows.add("2|Bob|bob@example.com");
    }
    rows.addAll(ORDERS);
    rows.addAll(VIEW_ROWS);
    return rows;
  }

  // from version 4 on, full_name takes 200 characters and NULL
  private void assertWideNullableNameAccepted() {
    database.execute(
        "INSERT INTO customers (full_name, email) VALUES ('"
            + "x".repeat(150)
            + "', 'x@example.com')",
        "INSERT INTO customers (full_name, email) VALUES (NULL, 'nobody@example.com')");
    assertEquals(
        List.of("150", "null"),
        database.rows("SELECT LENGTH(full_name) FROM customers WHERE id > 2 ORDER BY id"));
    database.execute("DELETE FROM customers WHERE id > 2");
  }

  // the unique index on customers.email and the foreign key of orders still hold
  private void assertKeysEnforced(String orders) {
    assertThrows(
        IllegalStateException.class,
        () -> database.execute("UPDATE customers SET email = 'ann@example.com' WHERE id = 2"));
    assertThrows(
        IllegalStateException.class,
        () -> database.execute("INSERT INTO " + orders + " (customer_id, amount) VALUES (99, 1)"));
  }

  // the indexes of orders over customer_id alone: the key's own, if any, is named per database
  private List<String> indexesOnCustomerId() {
    return database.indexNames("orders").stream()
        .filter(name -> database.indexColumns("orders", name).equals(List.of("customer_id A")))
        .toList();
  }

  // an order of a customer KeyedOrders' tables do not have is refused
  private void assertKeyHolds() {
    database.execute("DELETE FROM orders", "DELETE FROM customers");
    database.execute("INSERT INTO customers (id) VALUES (1)", "INSERT INTO orders VALUES (1, 1)");
    assertThrows(
        IllegalStateException.class,
        () -> database.execute("INSERT INTO orders VALUES (2, 99)"),
        "the foreign key still holds");
  }

  private boolean hasColumn(String column) {
    try {
      database.rows("SELECT " + column + " FROM customers WHERE 1 = 0");
      return true;
    } catch (IllegalStateException e) {
      return false;
    }
  }

  static String viewQuery() {
    return "SELECT customer, amount FROM customer_orders ORDER BY amount";
  }

  String failVersion2(Consumer<Operations> upgrade) {
    FakeMigration broken = FakeMigration.of(2, "Break things", upgrade, ops -> {});
    Strata strata = strata(FakeSource.of("main", List.of(ShopTables.V1, broken)));
    return assertThrows(StrataException.class, strata::upgrade).getMessage();
  }

  String stored(String name) {
    return kind() == DatabaseKind.H2 ? name.toUpperCase(Locale.ROOT) : name;
  }

  static List<Integer> versions(List<MigrationInfo> migrations) {
    return migrations.stream().map(MigrationInfo::version).toList();
  }
}
