package dev.strata.samples.quickstart.views;

import dev.strata.View;

/** Customers who spent more than 150; built on another view, so Strata creates it after it. */
@View(
    name = "vip_customers",
    sql = "SELECT customer_id, name, total FROM customer_order_totals WHERE total > 150")
public final class VipCustomer {
  private VipCustomer() {}
}
