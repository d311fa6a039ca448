package com.example.broken;

import dev.strata.View;

@View(
    name = "cte_then_create",
    sql = "WITH a AS (SELECT 1 AS x) CREATE TABLE b (x INT)")
public class CteThenCreate {}
