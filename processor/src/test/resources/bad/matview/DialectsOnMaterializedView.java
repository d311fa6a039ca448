package com.example;

import dev.strata.View;

@View(
    name = "customer_names",
    materialized = true,
    sql = "SELECT customer FROM orders",
    dialects = @View.Dialect(database = "postgresql", sql = "SELECT customer::text FROM orders"))
public class DialectsOnMaterializedView {}
