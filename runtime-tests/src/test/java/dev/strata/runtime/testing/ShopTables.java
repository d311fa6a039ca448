package dev.strata.runtime.testing;

import dev.strata.runtime.Column;
import dev.strata.runtime.ForeignKey;
import dev.strata.runtime.Index;
import dev.strata.runtime.Operations;
import dev.strata.runtime.Table;
import java.util.List;

/**
 * Six migrations that evolve two tables as the processor would: create them with identity keys, a
 * unique index and a foreign key, add a column, rename a column, widen a column, drop a column, and
 * rename a table; the view {@code customer_orders} that reads both is dropped and created again
 * around each change to a column or table it reads.
 */
public final class ShopTables {

  public static final Column NAME = new Column("name", "VARCHAR(50)", false, false);
  public static final Column FULL_NAME = new Column("full_name", "VARCHAR(50)", false, false);
  public static final Column FULL_NAME_WIDE = new Column("full_name", "VARCHAR(200)", true, false);
  public static final Column PHONE = new Column("phone", "VARCHAR(20)", true, false);
  public static final Column PLACED_AT = new Column("placed_at", "TIMESTAMP", true, false);

  public static final Table CUSTOMERS =
      new Table(
          "customers",
          List.of(
              new Column("id", "BIGINT", false, true),
              NAME,
              new Column("email", "VARCHAR(100)", true, false)),
          List.of("id"));

  public static final Table ORDERS =
      new Table(
          "orders",
          List.of(
              new Column("id", "BIGINT", false, true),
              new Column("customer_id", "BIGINT", false, false),
              new Column("amount", "DECIMAL(10,2)", false, false),
              PLACED_AT),
          List.of("id"));

  public static final Index EMAIL_KEY = new Index("customers_email_key", List.of("email"), true);
  public static final Index PLACED_AT_IDX =
      new Index("orders_placed_at_idx", List.of("placed_at"), false);
  public static final ForeignKey CUSTOMER_FK =
      new ForeignKey("orders_customer_id_fkey", List.of("customer_id"), "customers", List.of("id"));

  static final String VIEW = "customer_orders";

  public static final FakeMigration V1 =
      FakeMigration.of(
          1,
          "Create customers and orders",
          ops -> {
            ops.createTable(CUSTOMERS);
            ops.createIndex("customers", EMAIL_KEY);
            ops.createTable(ORDERS);
            ops.createIndex("orders", PLACED_AT_IDX);
            ops.addForeignKey("orders", CUSTOMER_FK);
            ops.createView(VIEW, view("name", "orders"));
          },
          ops -> {
            ops.dropView(VIEW);
            ops.dropForeignKey("orders", CUSTOMER_FK.name());
            ops.dropIndex("orders", PLACED_AT_IDX.name());
            ops.dropTable("orders");
            ops.dropIndex("customers", EMAIL_KEY.name());
            ops.dropTable("customers");
          });

  public static final FakeMigration V2 =
      FakeMigration.of(
          2,
          "Add customers.phone",
          ops -> ops.addColumn("customers", PHONE),
          ops -> ops.dropColumn("customers", PHONE.name()));

  public static final FakeMigration V3 =
      FakeMigration.of(
          3,
          "Rename customers.name",
          ops ->
              aroundView(
                  ops,
                  "full_name",
                  "orders",
                  () -> ops.renameColumn("customers", "name", "full_name")),
          ops ->
              aroundView(
                  ops, "name", "orders", () -> ops.renameColumn("customers", "full_name", "name")));

  public static final FakeMigration V4 =
      FakeMigration.of(
          4,
          "Widen customers.full_name",
          ops ->
              aroundView(
                  ops, "full_name", "orders", () -> ops.alterColumn("customers", FULL_NAME_WIDE)),
          ops ->
              aroundView(
                  ops, "full_name", "orders", () -> ops.alterColumn("customers", FULL_NAME)));

  public static final FakeMigration V5 =
      FakeMigration.of(
          5,
          "Drop orders.placed_at",
          ops -> {
            ops.dropIndex("orders", PLACED_AT_IDX.name());
            ops.dropColumn("orders", "placed_at");
          },
          ops -> {
            ops.addColumn("orders", PLACED_AT);
            ops.createIndex("orders", PLACED_AT_IDX);
          });

  public static final FakeMigration V6 =
      FakeMigration.of(
          6,
          "Rename orders to purchases",
          ops ->
              aroundView(
                  ops, "full_name", "purchases", () -> ops.renameTable("orders", "purchases")),
          ops ->
              aroundView(ops, "full_name", "orders", () -> ops.renameTable("purchases", "orders")));

  private ShopTables() {}

  public static List<FakeMigration> all() {
    return List.of(V1, V2, V3, V4, V5, V6);
  }

  /** A source of set {@code main} with the first {@code versions} migrations. */
  public static FakeSource upTo(int versions) {
    return FakeSource.of("main", all().subList(0, versions));
  }

  /** The query of {@code customer_orders} over the customers' name column and the orders table. */
  public static String view(String nameColumn, String ordersTable) {
    return "SELECT c."
        + nameColumn
        + " AS customer, o.amount FROM customers c JOIN "
        + ordersTable
        + " o ON o.customer_id = c.id";
  }

  // as the processor does: a view that reads a changed column or table is dropped and made again
  static void aroundView(Operations ops, String nameColumn, String ordersTable, Runnable change) {
    ops.dropView(VIEW);
    change.run();
    ops.createView(VIEW, view(nameColumn, ordersTable));
  }
}
