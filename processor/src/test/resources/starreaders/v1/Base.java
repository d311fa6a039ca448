package com.example.stars;

import dev.strata.View;

/** The view the others read every column of. */
@View(name = "base_orders", sql = "SELECT id, customer_id, amount FROM orders")
public class Base {}
