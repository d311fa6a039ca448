package com.example;

import dev.strata.View;

@View(
    name = "customer_totals",
    materialized = true,
    sql = "SELECT customer, SUM(total) AS total FROM orders GROUP BY customer",
    dialects =
        @View.Dialect(
            database = "postgresql",
            sql = "SELECT customer, SUM(total) AS amount FROM orders GROUP BY customer"),
    indexes = @View.Index(columns = "total"))
public class DialectLacksIndexColumn {}
