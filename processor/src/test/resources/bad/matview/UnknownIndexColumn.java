package com.example;

import dev.strata.View;

@View(
    name = "customer_totals",
    materialized = true,
    sql = "SELECT customer, SUM(total) AS total FROM orders GROUP BY customer",
    indexes = {
      @View.Index(columns = "customer", unique = true),
      @View.Index(columns = {"total", "region"})
    })
public class UnknownIndexColumn {}
