package com.example.broken;

import dev.strata.View;

@View(
    name = "cut_off_where",
    sql = "SELECT 1 AS one FROM t WHERE")
public class CutOffWhere {}
