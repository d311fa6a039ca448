package com.example;

import dev.strata.View;

@View(
    name = "report",
    sql = "SELECT * FROM report_rows()",
    dependsOn = "daily_totals")
public class UnknownDependency {}
