package dev.strata.runtime.testing;

import dev.strata.runtime.Column;
import dev.strata.runtime.Index;
import java.util.ArrayList;
import java.util.List;

/**
 * A long history for PostgreSQL and MariaDB, whose rows are made in SQL that both run: {@link
 * ShopTables} with 1,000 customers and 5,000 orders and a report view that no migration declares on
 * {@code customer_orders}, then column, index and data changes on them, so that a process killed at
 * a random moment dies inside a table change, a data change, between them, or while the report view
 * is dropped.
 */
public final class ServerShopHistory {

  private static final Column STATUS = new Column("status", "VARCHAR(10)", true, false);
  private static final Column TIER = new Column("tier", "VARCHAR(10)", true, false);
  private static final Column LEVEL = new Column("level", "VARCHAR(10)", true, false);
  private static final Column NOTE = new Column("note", "VARCHAR(100)", true, false);
  private static final Index TIER_IDX = new Index("customers_tier_idx", List.of("tier"), false);
  private static final Index STATUS_IDX =
      new Index("purchases_status_idx", List.of("status"), false);

  // 0 to 9999 from four digits: no sequence generator or recursion that only one database has
  private static final String NUMBERS =
      "(SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d AS n FROM "
          + digits("a")
          + " CROSS JOIN "
          + digits("b")
          + " CROSS JOIN "
          + digits("c")
          + " CROSS JOIN "
          + digits("e")
          + ") numbers";

  private static final String REPORT =
      "CREATE VIEW order_report AS SELECT COUNT(*) AS orders, SUM(amount) AS total FROM"
          + " customer_orders";

  private ServerShopHistory() {}

  public static FakeSource source() {
    List<FakeMigration> all = new ArrayList<>(ShopTables.all());
    all.set(0, withRows());
    all.add(
        FakeMigration.of(
            7,
            "Add purchases.status",
            ops -> ops.addColumn("purchases", STATUS),
            ops -> ops.dropColumn("purchases", STATUS.name())));
    all.add(
        FakeMigration.of(
            8,
            "Fill purchases.status",
            ops ->
                ops.execute(
                    "UPDATE purchases SET status = CASE WHEN MOD(id, 3) = 0 THEN 'refunded' ELSE"
                        + " 'paid' END"),
            ops -> ops.execute("UPDATE purchases SET status = NULL")));
    all.add(
        FakeMigration.of(
            9,
            "Index purchases.status",
            ops -> ops.createIndex("purchases", STATUS_IDX),
            ops -> ops.dropIndex("purchases", STATUS_IDX.name())));
    all.add(
        FakeMigration.of(
            10,
            "Add customers.tier",
            ops -> {
              ops.addColumn("customers", TIER);
              ops.execute(
                  "UPDATE customers SET tier = CASE WHEN MOD(id, 10) = 0 THEN 'gold' ELSE"
                      + " 'basic' END");
              ops.createIndex("customers", TIER_IDX);
            },
            ops -> {
              ops.dropIndex("customers", TIER_IDX.name());
              ops.dropColumn("customers", TIER.name());
            }));
    all.add(
        FakeMigration.of(
            11,
            "Drop customers.phone",
            ops ->
                ShopTables.aroundView(
                    ops,
                    "full_name",
                    "purchases",
                    () -> ops.dropColumn("customers", ShopTables.PHONE.name())),
            ops ->
                ShopTables.aroundView(
                    ops,
                    "full_name",
                    "purchases",
                    () -> ops.addColumn("customers", ShopTables.PHONE))));
    all.add(
        FakeMigration.of(
            12,
            "Rename customers.tier",
            ops -> {
              ops.dropIndex("customers", TIER_IDX.name());
              ops.renameColumn("customers", TIER.name(), LEVEL.name());
            },
            ops -> {
              ops.renameColumn("customers", LEVEL.name(), TIER.name());
              ops.createIndex("customers", TIER_IDX);
            }));
    all.add(
        FakeMigration.of(
            13,
            "Add purchases.note",
            ops -> {
              ops.addColumn("purchases", NOTE);
              ops.execute(
                  "UPDATE purchases SET note = CONCAT('order ', id) WHERE status = 'refunded'");
            },
            ops -> ops.dropColumn("purchases", NOTE.name())));
    all.add(
        FakeMigration.of(
            14,
            "Add more customers",
            ops ->
                ops.execute(
                    "INSERT INTO customers (id, full_name, email, level) SELECT n + 1001,"
                        + " CONCAT('late customer ', n), CONCAT('l', n, '@example.com'), 'new'"
                        + " FROM "
                        + NUMBERS
                        + " WHERE n < 1200"),
            ops -> ops.execute("DELETE FROM customers WHERE id > 1000")));
    return FakeSource.of("main", all);
  }

  private static FakeMigration withRows() {
    return new FakeMigration(
        1,
        ShopTables.V1.description(),
        "server-shop-with-rows-1",
        ops -> {
          ShopTables.V1.upgrade(ops);
          // a view that no migration manages: every change around customer_orders drops it too
          ops.execute(REPORT);
          ops.execute(
              "INSERT INTO customers (id, name, email) SELECT n + 1, CONCAT('customer ', n + 1),"
                  + " CONCAT('c', n + 1, '@example.com') FROM "
                  + NUMBERS
                  + " WHERE n < "
                  + ShopHistory.CUSTOMERS);
          ops.execute(
              "INSERT INTO orders (id, customer_id, amount, placed_at) SELECT n + 1, MOD(n + 1, "
                  + ShopHistory.CUSTOMERS
                  + ") + 1, (n + 1) / 100.0, TIMESTAMP '2024-01-01 00:00:00' FROM "
                  + NUMBERS
                  + " WHERE n < "
                  + ShopHistory.ORDERS);
        },
        ops -> {
          ops.execute("DROP VIEW order_report");
          ShopTables.V1.downgrade(ops);
        });
  }

  private static String digits(String alias) {
    StringBuilder select = new StringBuilder("(SELECT 0 AS d");
    for (int d = 1; d <= 9; d++) {
      select.append(" UNION ALL SELECT ").append(d);
    }
    return select.append(") ").append(alias).toString();
  }
}
