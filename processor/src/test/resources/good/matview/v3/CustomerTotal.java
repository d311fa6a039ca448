package com.example;

import dev.strata.View;

@View(
    name = "customer_totals",
    sql =
        "SELECT customer, SUM(total) AS total, COUNT(*) AS orders FROM orders GROUP BY customer")
public class CustomerTotal {}
