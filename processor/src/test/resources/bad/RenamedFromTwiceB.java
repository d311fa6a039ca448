package com.example;

import dev.strata.View;

@View(
    name = "supplier_totals",
    sql = "SELECT 2 AS two",
    renamedFrom = "Order_Totals")
public class RenamedFromTwiceB {}
