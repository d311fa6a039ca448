package com.example;

import dev.strata.View;

@View(
    name = "forecast",
    sql = "SELECT * FROM sales MODEL DIMENSION BY (month) MEASURES (amount) RULES ()")
public class OracleModel {}
