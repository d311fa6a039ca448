package com.example;

import dev.strata.View;

@View(
    name = "customer_names",
    materialized = true,
    sql = "SELECT customer FROM orders",
    indexes = {
      @View.Index(name = "by_customer", columns = "customer"),
      @View.Index(name = "by_customer", columns = "customer", unique = true)
    })
public class TwoIndexesOneName {}
