package com.example;

import dev.strata.View;

@View(name = "big_customers", sql = "SELECT customer FROM customer_totals WHERE total > 10")
public class BigCustomer {}
