package com.example.jpa;

import dev.strata.View;

@View(
    name = "customer_names",
    sql = "SELECT id, name FROM customers",
    dialects = @View.Dialect(
        database = "h2",
        sql = "SELECT id, nmae FROM customers"))
public class H2DialectTypo {}
