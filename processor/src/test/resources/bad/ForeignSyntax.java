package com.example;

import dev.strata.View;

@View(
    name = "order_ids",
    sql = "SELECT id::varchar AS sid FROM orders",
    dialects = @View.Dialect(database = "postgresql", sql = "SELECT `id` AS sid FROM orders"))
public class ForeignSyntax {}
