package dev.strata.samples.quickstart.views;

import dev.strata.View;

/** What each customer has spent, in how many orders. Version 3 added the order count. */
@View(
    name = "customer_order_totals",
    sql =
        """
        SELECT c.id AS customer_id, c.name, COUNT(o.id) AS orders, SUM(o.amount) AS total
        FROM customers c JOIN orders o ON o.customer_id = c.id
        GROUP BY c.id, c.name""")
public final class CustomerOrderTotal {
  private CustomerOrderTotal() {}
}
