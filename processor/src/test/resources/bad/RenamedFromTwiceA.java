package com.example;

import dev.strata.View;

@View(
    name = "customer_totals",
    sql = "SELECT 1 AS one",
    renamedFrom = "order_totals")
public class RenamedFromTwiceA {}
