package com.example.jpa;

import dev.strata.View;

// the PostgreSQL query is parsed, never run on H2 at compile time
@View(
    name = "customer_names",
    sql = "SELECT id, name FROM customers",
    dialects = @View.Dialect(
        database = "postgresql",
        sql = "SELECT id, name FROM customers WHERE name ~* '^a' AND (pg_sleep(0)) IS NOT NULL"))
public class PostgresOnlyNames {}
