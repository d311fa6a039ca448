package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.ServerFingerprint;
import dev.strata.runtime.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A release whose migration reshapes tables that release 2 made (a foreign key, an index and a
 * check dropped, a column widened, dropped or renamed, a materialized view made anew) rolled back
 * with release 2's build from the downgrade the history stored: the schema and rows end as a
 * database that only ever ran release 2, by the catalog's account, on PostgreSQL and MariaDB.
 */
class ReshapedSchemaStoredDowngradeTest {

  private static final String TOTALS_V2 =
      "SELECT i.name, SUM(o.qty) AS qty FROM items i JOIN orders o ON o.item_id = i.id"
          + " GROUP BY i.name";
  private static final String TOTALS_V3 =
      "SELECT o.item_id, SUM(o.quantity) AS quantity FROM orders o GROUP BY o.item_id";

  private static final String SAVED_VIEWS = "strata_schema_history_saved_views|";

  static final FakeMigration V1 =
      FakeMigration.of(
          1,
          "Create items and orders",
          ops -> {
            ops.createTable(
                new Table(
                    "items",
                    List.of(
                        Column.of("id", "BIGINT").notNull(),
                        Column.of("name", "VARCHAR(100)"),
                        Column.of("price", "INTEGER").withDefault("0"),
                        Column.of("note", "VARCHAR(50)")),
                    List.of("id")));
            ops.createIndex("items", Index.on("items_name_idx", List.of("name")));
            ops.createTable(
                new Table(
                    "orders",
                    List.of(
                        Column.of("id", "BIGINT").notNull(),
                        Column.of("item_id", "BIGINT"),
                        Column.of("qty", "INTEGER")),
                    List.of("id")));
            ops.createIndex("orders", Index.on("orders_item_idx", List.of("item_id")));
            ops.addForeignKey(
                "orders",
                new ForeignKey("orders_item_fk", List.of("item_id"), "items", List.of("id")));
            ops.addCheck("orders", new Check("orders_qty_positive", "qty > 0"));
            ops.execute(
                "INSERT INTO items (id, name, price) VALUES (1, 'pen', 3), (2, 'desk', 40)");
            ops.execute("INSERT INTO orders (id, item_id, qty) VALUES (1, 1, 2), (2, 2, 1)");
          },
          ops -> {
            ops.dropTable("orders");
            ops.dropTable("items");
          });

  static final FakeMigration V2 =
      FakeMigration.of(
          2,
          "Create item_totals and order_lines",
          ops -> {
            ops.createMaterializedView(
                "item_totals",
                TOTALS_V2,
                true,
                List.of(Index.uniqueOn("item_totals_name", List.of("name"))));
            ops.createView(
                "order_lines",
                "SELECT o.id, i.name FROM orders o JOIN items i ON i.id = o.item_id");
          },
          ops -> {
            ops.dropView("order_lines");
            ops.dropMaterializedView("item_totals");
          });

  /** Release 3's migration, with the downgrade the processor writes for it. */
  static final FakeMigration V3 =
      FakeMigration.of(
          3,
          "Reshape items and orders",
          ops -> {
            ops.dropMaterializedView("item_totals");
            ops.dropForeignKey("orders", "orders_item_fk");
            ops.dropIndex("items", "items_name_idx");
            ops.dropCheck("orders", "orders_qty_positive");
            ops.alterColumn("items", Column.of("name", "VARCHAR(200)"));
            ops.alterColumn("items", Column.of("price", "INTEGER").withDefault("1"));
            ops.dropColumn("items", "note");
            ops.renameColumn("orders", "qty", "quantity");
            ops.createMaterializedView(
                "item_totals",
                TOTALS_V3,
                true,
                List.of(Index.on("item_totals_quantity", List.of("quantity"))));
          },
          ops -> {
            ops.dropMaterializedView("item_totals");
            ops.renameColumn("orders", "quantity", "qty");
            ops.addColumn("items", Column.of("note", "VARCHAR(50)"));
            ops.alterColumn("items", Column.of("price", "INTEGER").withDefault("0"));
            ops.alterColumn("items", Column.of("name", "VARCHAR(100)"));
            ops.addCheck("orders", new Check("orders_qty_positive", "qty > 0"));
            ops.createIndex("items", Index.on("items_name_idx", List.of("name")));
            ops.addForeignKey(
                "orders",
                new ForeignKey("orders_item_fk", List.of("item_id"), "items", List.of("id")));
            ops.createMaterializedView(
                "item_totals",
                TOTALS_V2,
                true,
                List.of(Index.uniqueOn("item_totals_name", List.of("name"))));
          });

  @ParameterizedTest
  @EnumSource(names = {"POSTGRESQL", "MYSQL"})
  void theOlderBuildRestoresTheSchemaAndRowsOfItsRelease(DatabaseKind kind) {
    List<String> release2;
    try (TestDatabase clean = TestDatabase.create(kind)) {
      strata(clean, V1, V2).upgrade();
      release2 = schema(clean);
    }
    try (TestDatabase database = TestDatabase.create(kind)) {
      strata(database, V1, V2, V3).upgrade();
      database.execute("INSERT INTO orders (id, item_id, quantity) VALUES (3, 1, 5)");

      strata(database, V1, V2).downgrade(2);
      // the row release 3 added is release 2's too, in both databases
      database.execute("DELETE FROM orders WHERE id = 3");
      strata(database, V1, V2).refresh("item_totals");

      List<String> restored = schema(database);
      assertEquals(release2, restored, () -> difference(release2, restored));
    }
  }

  private static String difference(List<String> expected, List<String> actual) {
    List<String> missing = new ArrayList<>(expected);
    missing.removeAll(actual);
    List<String> extra = new ArrayList<>(actual);
    extra.removeAll(expected);
    return "missing " + missing + ", instead " + extra;
  }

  private static Strata strata(TestDatabase database, Migration... migrations) {
    return Strata.configure(database.dataSource())
        .sources(FakeSource.of("main", List.of(migrations)))
        .load();
  }

  /** The catalog's account of the schema and rows, with what the fingerprint leaves out. */
  private static List<String> schema(TestDatabase database) {
    boolean postgres = database.kind() == DatabaseKind.POSTGRESQL;
    List<String> lines = new ArrayList<>();
    for (String line : ServerFingerprint.of(database)) {
      String[] fields = line.split("\\|", -1);
      // PostgreSQL numbers a column added again after the dropped one, which keeps its number
      lines.add(
          postgres && fields.length == 8 && fields[2].matches("[0-9]+")
              ? line.replaceFirst("^([^|]*\\|[^|]*)\\|[0-9]+\\|", "$1|-|")
              : line);
    }
    String schema = postgres ? "current_schema()" : "DATABASE()";
    lines.addAll(
        database.rows(
            "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_DEFAULT FROM INFORMATION_SCHEMA.COLUMNS WHERE"
                + " TABLE_SCHEMA = "
                + schema
                + " ORDER BY 1, 2"));
    if (postgres) {
      lines.addAll(
          database.rows(
              "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM"
                  + " pg_constraint WHERE connamespace = current_schema()::regnamespace"
                  + " ORDER BY 1, 2"));
      lines.addAll(
          database.rows(
              "SELECT matviewname, definition, ispopulated FROM pg_matviews WHERE schemaname ="
                  + " current_schema() ORDER BY 1"));
      lines.addAll(database.rows("SELECT * FROM item_totals ORDER BY 1"));
    } else {
      lines.addAll(
          database.rows(
              "SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM"
                  + " INFORMATION_SCHEMA.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()"
                  + " ORDER BY 1, 2"));
      lines.addAll(
          database.rows(
              "SELECT TABLE_NAME, CONSTRAINT_NAME, REFERENCED_TABLE_NAME, UPDATE_RULE,"
                  + " DELETE_RULE FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS WHERE"
                  + " CONSTRAINT_SCHEMA = DATABASE() ORDER BY 1, 2"));
    }
    // the table where MariaDB runs keep the views they drop for a moment, empty between runs
    lines.removeIf(line -> line.startsWith(SAVED_VIEWS));
    return lines;
  }
}
