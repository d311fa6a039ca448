package com.example;

import dev.strata.View;

@View(
    name = "sales",
    materialized = true,
    sql = "SELECT customer AS by_region, SUM(total) AS total FROM orders GROUP BY customer",
    indexes = @View.Index(columns = "by_region"))
public class SalesView {}
