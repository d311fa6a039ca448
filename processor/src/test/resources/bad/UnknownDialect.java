package com.example;

import dev.strata.View;

@View(
    name = "active_users",
    sql = "SELECT id FROM users",
    dialects = @View.Dialect(
        database = "oracle",
        sql = "SELECT id FROM users"))
public class UnknownDialect {}
