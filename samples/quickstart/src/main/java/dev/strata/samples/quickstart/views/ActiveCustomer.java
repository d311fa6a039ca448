package dev.strata.samples.quickstart.views;

import dev.strata.View;

/** Customers who have not closed their account. Version 2 added the email column. */
@View(
    name = "active_customers",
    sql = "SELECT id, name, email FROM customers WHERE closed_at IS NULL")
public final class ActiveCustomer {
  private ActiveCustomer() {}
}
