package com.example.chain;

import dev.strata.View;

/** The bottom of the chain changes its columns: the whole chain is dropped and created again. */
@View(name = "base_orders", sql = "SELECT id, customer_id, amount FROM orders WHERE amount > 40")
public class Base {}
