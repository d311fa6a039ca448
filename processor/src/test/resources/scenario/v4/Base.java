package com.example.chain;

import dev.strata.View;

/** A column appended at the bottom: replaced in place, the views above it untouched. */
@View(
    name = "base_orders",
    sql = "SELECT id, customer_id, amount, amount * 2 AS doubled FROM orders WHERE amount > 40")
public class Base {}
