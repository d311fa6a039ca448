package dev.strata.test;

import dev.strata.runtime.Check;
import dev.strata.runtime.Column;
import dev.strata.runtime.ForeignKey;
import dev.strata.runtime.Index;
import dev.strata.runtime.Table;
import java.util.List;
import java.util.Optional;

/**
 * The steps of a shop whose tables have keys, indexes and a check constraint (snapshots in {@code
 * snapshots/orders}), and the variants that get one of them wrong while every column is right.
 */
final class OrderSteps {

  static final Index EMAIL_KEY = Index.uniqueOn("customers_email_key", List.of("email"));
  static final ForeignKey CUSTOMER =
      new ForeignKey("orders_customer_id_fkey", List.of("customer_id"), "customers", List.of("id"));
  static final Check QUANTITY_POSITIVE = new Check("orders_quantity_positive", "quantity > 0");
  static final Index QUANTITY_INDEX = Index.on("orders_quantity_idx", List.of("quantity"));

  private OrderSteps() {}

  /** Version 1 as its snapshot says. */
  static ScriptedSource.Step createTables() {
    return createTables(EMAIL_KEY, Optional.of(CUSTOMER), true, List.of("id"));
  }

  /** Version 1 as its snapshot says, but the downgrade forgets the sequence of the orders' keys. */
  static ScriptedSource.Step createTablesLeavingTheSequence() {
    ScriptedSource.Step tables = createTables();
    return new ScriptedSource.Step(
        tables.description(),
        tables.upgrade(),
        ops -> {
          tables.downgrade().accept(ops);
          ops.createSequence("orders_seq", 1, 50);
        });
  }

  /**
   * Version 1: customers with a unique email, and orders that reference them.
   *
   * @param emailIndex the index on customers.email
   * @param foreignKey how orders.customer_id references customers, if it does
   * @param check whether orders.quantity must be positive
   * @param ordersKey the columns of orders' primary key
   */
  static ScriptedSource.Step createTables(
      Index emailIndex, Optional<ForeignKey> foreignKey, boolean check, List<String> ordersKey) {
    Table customers =
        new Table(
            "customers",
            List.of(
                Column.of("id", "BIGINT").notNull(), Column.of("email", "VARCHAR(255)").notNull()),
            List.of("id"));
    Table orders =
        new Table(
            "orders",
            List.of(
                Column.of("id", "BIGINT").notNull(),
                Column.of("customer_id", "BIGINT").notNull(),
                Column.of("quantity", "BIGINT").notNull()),
            ordersKey);
    return new ScriptedSource.Step(
        "Create customers and orders",
        ops -> {
          ops.createTable(customers);
          ops.createIndex("customers", emailIndex);
          ops.createTable(orders);
          ops.createSequence("orders_seq", 1, 50);
          foreignKey.ifPresent(key -> ops.addForeignKey("orders", key));
          if (check) {
            ops.addCheck("orders", QUANTITY_POSITIVE);
          }
        },
        ops -> {
          ops.dropSequence("orders_seq");
          ops.dropTable("orders");
          ops.dropTable("customers");
        });
  }

  /** Version 2: an index on orders.quantity, which the downgrade drops unless told not to. */
  static ScriptedSource.Step indexQuantity(boolean downgradeDropsIt) {
    return indexQuantity(QUANTITY_INDEX, downgradeDropsIt);
  }

  /** Version 2 with {@code index} for the index on orders.quantity. */
  static ScriptedSource.Step indexQuantity(Index index, boolean downgradeDropsIt) {
    return new ScriptedSource.Step(
        "Index orders by quantity",
        ops -> ops.createIndex("orders", index),
        ops -> {
          if (downgradeDropsIt) {
            ops.dropIndex("orders", QUANTITY_INDEX.name());
          }
        });
  }
}
