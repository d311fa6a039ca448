package com.example;

import dev.strata.View;

@View(name = "order_totals", sql = "SELECT user_id, SUM(total) AS total FROM orders GROUP BY user_id")
public class OrderTotal {}
