package dev.strata.test;

import dev.strata.runtime.Column;
import dev.strata.runtime.Index;
import dev.strata.runtime.Operations;
import dev.strata.runtime.Table;
import java.util.List;

/**
 * The steps of a module with a materialized view, whose migrations realise the snapshots in {@code
 * snapshots/totals}, and the broken variants of version 1 that the kit must catch.
 */
final class TotalsSteps {

  static final String TOTALS = "customer_totals";
  static final String TOTALS_VIEW =
      "SELECT customer_id, SUM(total) AS total FROM orders GROUP BY customer_id";
  static final Index CUSTOMER_KEY =
      Index.uniqueOn("customer_totals_customer_id_key", List.of("customer_id"));
  static final Index TOTAL_INDEX = Index.on("customer_totals_total_idx", List.of("total"));
  static final String BIG_VIEW = "SELECT customer_id FROM customer_totals WHERE total > 100";

  private TotalsSteps() {}

  /** Version 1 as its snapshot says: orders, and customer_totals with its unique index. */
  static ScriptedSource.Step createTotals() {
    return createTotals(ops -> createTotals(ops, List.of(CUSTOMER_KEY)));
  }

  /** Version 1: orders, then {@code totals} creates (or fails to create) customer_totals. */
  static ScriptedSource.Step createTotals(java.util.function.Consumer<Operations> totals) {
    Table orders =
        new Table(
            "orders",
            List.of(
                Column.of("id", "BIGINT").notNull(),
                Column.of("customer_id", "BIGINT").notNull(),
                Column.of("total", "INTEGER").notNull()),
            List.of("id"));
    return new ScriptedSource.Step(
        "Create orders and customer_totals",
        ops -> {
          ops.createTable(orders);
          ops.execute("INSERT INTO orders VALUES (1, 7, 150), (2, 7, 20), (3, 8, 30)");
          totals.accept(ops);
        },
        ops -> {
          ops.dropMaterializedView(TOTALS);
          ops.dropTable("orders");
        });
  }

  /** Version 2: customer_totals again with a second index, and a plain view reading it. */
  static ScriptedSource.Step indexTotals() {
    return new ScriptedSource.Step(
        "Index customer_totals by total, create big_customers",
        ops -> {
          ops.dropMaterializedView(TOTALS);
          createTotals(ops, List.of(CUSTOMER_KEY, TOTAL_INDEX));
          ops.createView("big_customers", BIG_VIEW);
        },
        ops -> {
          ops.dropView("big_customers");
          ops.dropMaterializedView(TOTALS);
          createTotals(ops, List.of(CUSTOMER_KEY));
        });
  }

  /** Version 3: drops big_customers and customer_totals. */
  static ScriptedSource.Step dropTotals() {
    return new ScriptedSource.Step(
        "Drop big_customers and customer_totals",
        ops -> {
          ops.dropView("big_customers");
          ops.dropMaterializedView(TOTALS);
        },
        ops -> {
          createTotals(ops, List.of(CUSTOMER_KEY, TOTAL_INDEX));
          ops.createView("big_customers", BIG_VIEW);
        });
  }

  static void createTotals(Operations ops, List<Index> indexes) {
    ops.createMaterializedView(TOTALS, TOTALS_VIEW, true, indexes);
  }
}
