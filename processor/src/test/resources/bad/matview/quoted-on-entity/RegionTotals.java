package com.example;

import dev.strata.View;

@View(
    name = "region_totals",
    materialized = true,
    sql = "SELECT region AS \"region\", SUM(amount) AS total FROM sales GROUP BY region",
    indexes = @View.Index(columns = "region", unique = true))
public class RegionTotals {}
