package com.example;

import dev.strata.View;

@View(name = "big_spenders", sql = "SELECT user_id FROM order_totals WHERE total > 50")
public class BigSpender {}
