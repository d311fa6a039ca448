package com.example.stars;

import dev.strata.View;

/** Reads every column of base_orders through its alias, and a view reads it in turn. */
@View(name = "big_orders", sql = "SELECT o.* FROM base_orders o WHERE o.amount > 40")
public class Big {}
