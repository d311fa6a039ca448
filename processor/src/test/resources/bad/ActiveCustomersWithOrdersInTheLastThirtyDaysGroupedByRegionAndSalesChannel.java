package com.example;

import dev.strata.View;

@View(sql = "SELECT id FROM customers")
public class ActiveCustomersWithOrdersInTheLastThirtyDaysGroupedByRegionAndSalesChannel {}
