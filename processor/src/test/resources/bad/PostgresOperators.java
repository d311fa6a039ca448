package com.example;

import dev.strata.View;

@View(
    name = "flag_pairs",
    sql = "SELECT id, flags FROM settings",
    dialects =
        @View.Dialect(
            database = "postgresql",
            sql = "SELECT id, flags # 4 AS toggled, embedding <=> '[1,2,3]' AS distance FROM settings"))
public class PostgresOperators {}
