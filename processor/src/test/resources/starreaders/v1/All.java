package com.example.stars;

import dev.strata.View;

/** Reads every column of base_orders, whatever they are. */
@View(name = "all_orders", sql = "SELECT * FROM base_orders")
public class All {}
