package com.example.chain;

import dev.strata.View;

@View(name = "base_orders", sql = "SELECT id, amount, customer_id FROM orders")
public class Base {}
