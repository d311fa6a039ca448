package com.example;

import dev.strata.View;

@View(
    name = "customer_totals",
    materialized = true,
    withData = false,
    sql =
        "SELECT customer, SUM(total) AS total, COUNT(*) AS orders FROM orders GROUP BY customer",
    indexes = {
      @View.Index(columns = "customer", unique = true),
      @View.Index(name = "customer_totals_by_total", columns = {"total", "orders"})
    })
public class CustomerTotal {}
