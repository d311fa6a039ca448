package com.example;

import dev.strata.View;

@View(name = "order_labels", sql = "SELECT id, \"status\" AS label FROM orders")
public class DoubleQuotedName {}
