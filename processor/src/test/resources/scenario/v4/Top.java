package com.example.chain;

import dev.strata.View;

@View(name = "top_customers", sql = "SELECT customer_id FROM customer_totals WHERE total > 100")
public class Top {}
