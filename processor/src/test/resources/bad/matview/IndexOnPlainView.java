package com.example;

import dev.strata.View;

@View(
    name = "customer_names",
    sql = "SELECT customer FROM orders",
    indexes = @View.Index(columns = "customer"))
public class IndexOnPlainView {}
