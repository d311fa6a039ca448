package com.example;

import dev.strata.View;

@View(
    name = "sales_by",
    materialized = true,
    sql = "SELECT customer AS region, SUM(total) AS total FROM orders GROUP BY customer",
    indexes = @View.Index(columns = "region"))
public class SalesByView {}
