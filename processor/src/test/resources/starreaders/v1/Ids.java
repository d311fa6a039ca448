package com.example.stars;

import dev.strata.View;

/** Reads one column of big_orders, which reads every column of base_orders. */
@View(name = "big_ids", sql = "SELECT id FROM big_orders")
public class Ids {}
