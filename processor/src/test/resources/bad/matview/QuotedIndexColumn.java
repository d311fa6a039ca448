package com.example;

import dev.strata.View;

@View(
    name = "customer_totals",
    materialized = true,
    sql = "SELECT customer AS \"Customer\", SUM(total) AS total FROM orders GROUP BY customer",
    indexes = {
      @View.Index(columns = "total"),
      @View.Index(columns = "Customer", unique = true)
    })
public class QuotedIndexColumn {}
