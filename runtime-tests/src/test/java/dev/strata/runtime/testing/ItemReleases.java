package dev.strata.runtime.testing;

import dev.strata.runtime.Column;
import dev.strata.runtime.Index;
import dev.strata.runtime.JavaStep;
import dev.strata.runtime.Operations;
import dev.strata.runtime.StepContext;
import dev.strata.runtime.Table;
import dev.strata.runtime.ViewQuery;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;

/**
 * Two builds of one application: release 4 has migrations 1 to 4, release 5 adds migration 5, which
 * adds a column, a table, an index and a view, so that rolling release 5 back with release 4's
 * build has each kind of object to take away.
 */
public final class ItemReleases {

  public static final String ITEM_NAMES_V2 = "SELECT id, name FROM items";
  public static final String ITEM_NAMES_V4 = "SELECT id, name, price FROM items";
  public static final String CHEAP_ITEMS = "SELECT id, name FROM items WHERE price < 10";

  static final FakeMigration V1 =
      FakeMigration.of(
          1,
          "Create items",
          ops -> {
            ops.createTable(
                new Table(
                    "items",
                    List.of(Column.of("id", "BIGINT").notNull(), Column.of("name", "VARCHAR(100)")),
                    List.of("id")));
            ops.execute("INSERT INTO items (id, name) VALUES (1, 'pen'), (2, 'desk')");
          },
          ops -> ops.dropTable("items"));

  static final FakeMigration V2 =
      FakeMigration.of(
          2,
          "Create item_names",
          ops -> ops.createView("item_names", ITEM_NAMES_V2),
          ops -> ops.dropView("item_names"));

  static final FakeMigration V3 =
      FakeMigration.of(
          3,
          "Add items.price",
          ops -> ops.addColumn("items", Column.of("price", "INTEGER")),
          ops -> ops.dropColumn("items", "price"));

  static final FakeMigration V4 =
      replaceItemNames(ops -> ops.replaceView("item_names", ITEM_NAMES_V4));

  static final FakeMigration V5 =
      FakeMigration.of(
          5,
          "Add stock, suppliers and cheap_items",
          ops -> {
            ops.addColumn("items", Column.of("stock", "INTEGER").notNull().withDefault("0"));
            ops.createTable(
                new Table(
                    "suppliers",
                    List.of(Column.of("id", "BIGINT").notNull(), Column.of("name", "VARCHAR(100)")),
                    List.of("id")));
            ops.createIndex("suppliers", Index.uniqueOn("suppliers_name_key", List.of("name")));
            ops.createView("cheap_items", CHEAP_ITEMS);
          },
          ops -> {
            ops.dropView("cheap_items");
            ops.dropIndex("suppliers", "suppliers_name_key");
            ops.dropTable("suppliers");
            ops.dropColumn("items", "stock");
          });

  /**
   * Release 4's {@code item_names} with a query per database, each naming the database it was made
   * for, and every option but the algorithm.
   */
  public static final ViewQuery ITEM_NAMES_V4_PER_DATABASE =
      madeFor("SELECT id, name, price, '%s' AS made_for FROM items")
          .with(ViewQuery.CheckOption.LOCAL)
          .with(ViewQuery.Security.INVOKER)
          .withSecurityBarrier();

  /** Release 5's {@code item_names}: other queries per database, SQL SECURITY DEFINER, MERGE. */
  public static final ViewQuery ITEM_NAMES_V5_PER_DATABASE =
      madeFor("SELECT id, name, price, '%s 5' AS made_for FROM items")
          .with(ViewQuery.Security.DEFINER)
          .with(ViewQuery.Algorithm.MERGE);

  static final FakeMigration V4_PER_DATABASE =
      replaceItemNames(ops -> ops.replaceView("item_names", ITEM_NAMES_V4_PER_DATABASE));

  static final FakeMigration V5_PER_DATABASE =
      FakeMigration.of(
          5,
          "Replace item_names per database",
          ops -> ops.replaceView("item_names", ITEM_NAMES_V5_PER_DATABASE),
          ops -> ops.replaceView("item_names", ITEM_NAMES_V4_PER_DATABASE));

  private ItemReleases() {}

  /** Migration 4, whose upgrade is {@code upgrade}: its downgrade creates release 2's view. */
  private static FakeMigration replaceItemNames(Consumer<Operations> upgrade) {
    return FakeMigration.of(
        4,
        "Replace item_names",
        upgrade,
        ops -> {
          ops.dropView("item_names");
          ops.createView("item_names", ITEM_NAMES_V2);
        });
  }

  // the portable query says "portable"; the postgresql and mariadb ones say their database's name
  private static ViewQuery madeFor(String format) {
    return ViewQuery.of(String.format(format, "portable"))
        .on("postgresql", String.format(format, "postgresql"))
        .on("mariadb", String.format(format, "mariadb"));
  }

  /** Release 4 whose {@code item_names} has a query per database and options. */
  public static FakeSource release4PerDatabase() {
    return FakeSource.of("main", List.of(V1, V2, V3, V4_PER_DATABASE));
  }

  /** Release 4 per database, whose migration 5 replaces {@code item_names} per database again. */
  public static FakeSource release5PerDatabase() {
    return FakeSource.of("main", List.of(V1, V2, V3, V4_PER_DATABASE, V5_PER_DATABASE));
  }

  /** The migration index of release 4's build. */
  public static FakeSource release4() {
    return FakeSource.of("main", List.of(V1, V2, V3, V4));
  }

  /** The migration index of release 5's build. */
  public static FakeSource release5() {
    return FakeSource.of("main", List.of(V1, V2, V3, V4, V5));
  }

  /** Release 5 whose migration 5 renames view {@code item_names} to {@code item_labels}. */
  public static FakeSource release5WithRename() {
    FakeMigration rename =
        FakeMigration.of(
            5,
            "Rename item_names",
            ops -> ops.renameView("item_names", "item_labels"),
            ops -> ops.renameView("item_labels", "item_names"));
    return FakeSource.of("main", List.of(V1, V2, V3, V4, rename));
  }

  /** Release 5 whose migration 5 runs a hand-written Java step both ways. */
  public static FakeSource release5WithStep() {
    FakeMigration withStep =
        FakeMigration.of(
            5,
            "Backfill prices",
            ops -> ops.runStep(new Backfill()),
            ops -> ops.revertStep(new Backfill()));
    return FakeSource.of("main", List.of(V1, V2, V3, V4, withStep));
  }

  /**
   * Release 5 whose migration 5 writes views without naming them to Strata: raw SQL drops {@code
   * item_names} and creates {@code raw_items}, a Java step creates {@code step_items} through its
   * connection; the downgrade undoes each the same way.
   */
  public static FakeSource release5WithHandWrittenViews() {
    FakeMigration handWritten =
        FakeMigration.of(
            5,
            "Views by raw SQL and a step",
            ops -> {
              ops.execute("DROP VIEW item_names");
              ops.execute("CREATE VIEW raw_items AS " + RAW_ITEMS);
              ops.runStep(new StepItems());
            },
            ops -> {
              ops.revertStep(new StepItems());
              ops.execute("DROP VIEW raw_items");
              ops.execute("CREATE VIEW item_names AS " + ITEM_NAMES_V4);
            });
    return FakeSource.of("main", List.of(V1, V2, V3, V4, handWritten));
  }

  public static final String RAW_ITEMS = "SELECT id, name FROM items WHERE price > 5";
  public static final String STEP_ITEMS = "SELECT id, price FROM items WHERE price < 100";

  /** A hand-written step that creates view {@code step_items} with its own JDBC statement. */
  public static final class StepItems implements JavaStep {
    @Override
    public void upgrade(StepContext context) throws SQLException {
      try (Statement statement = context.connection().createStatement()) {
        statement.execute("CREATE VIEW step_items AS " + STEP_ITEMS);
      }
    }

    @Override
    public void downgrade(StepContext context) throws SQLException {
      try (Statement statement = context.connection().createStatement()) {
        statement.execute("DROP VIEW step_items");
      }
    }
  }

  /** A hand-written step, whose code no history can hold. */
  public static final class Backfill implements JavaStep {
    @Override
    public void upgrade(StepContext context) {
      context.operations().execute("UPDATE items SET price = 1 WHERE price IS NULL");
    }

    @Override
    public void downgrade(StepContext context) {
      context.operations().execute("UPDATE items SET price = NULL");
    }
  }
}
