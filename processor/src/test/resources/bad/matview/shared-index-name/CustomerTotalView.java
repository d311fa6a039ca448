package com.example;

import dev.strata.View;

@View(
    name = "customer_totals",
    materialized = true,
    sql = "SELECT customer, SUM(total) AS total FROM orders GROUP BY customer",
    indexes = @View.Index(name = "SALES_BY_REGION_IDX", columns = "customer"))
public class CustomerTotalView {}
