package com.example;

import dev.strata.View;

@View(
    name = "order_totals",
    sql = "SELECT 1 AS one",
    renamedFrom = "ORDER_TOTALS")
public class RenamedFromItself {}
