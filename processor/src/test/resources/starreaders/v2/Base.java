package com.example.stars;

import dev.strata.View;

/** A column appended: replaced in place. */
@View(name = "base_orders", sql = "SELECT id, customer_id, amount, amount * 2 AS doubled FROM orders")
public class Base {}
