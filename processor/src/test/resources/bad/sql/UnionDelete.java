package com.example.broken;

import dev.strata.View;

@View(
    name = "union_delete",
    sql = "SELECT 1 AS one UNION DELETE FROM t")
public class UnionDelete {}
