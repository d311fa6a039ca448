package com.example;

import dev.strata.View;

@View(
    name = "customer_names",
    materialized = true,
    sql = "SELECT customer FROM orders",
    checkOption = View.CheckOption.LOCAL,
    security = View.Security.INVOKER,
    securityBarrier = true,
    algorithm = View.Algorithm.MERGE)
public class OptionsOnMaterializedView {}
