package com.example;

import dev.strata.View;

@View(
    name = "active_users",
    sql = "SELECT id FROM users",
    dialects = @View.Dialect(
        database = "postgresql",
        sql = "DELETE FROM users"))
public class InvalidDialectSql {}
