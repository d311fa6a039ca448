package com.example;

import dev.strata.View;

@View(
    name = "running_totals",
    sql = "SELECT id, SUM(amount) OVER (ORDER BY id ROWS UNBOUNDED PRECEDING) AS running FROM payments")
public class RunningTotal {}
