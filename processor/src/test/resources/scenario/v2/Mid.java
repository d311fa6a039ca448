package com.example.chain;

import dev.strata.View;

@View(
    name = "mid_totals",
    sql = "SELECT customer_id, SUM(amount) AS total FROM base_orders GROUP BY customer_id")
public class Mid {}
