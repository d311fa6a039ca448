package com.example;

import dev.strata.View;

@View(name = "customer_names", withData = false, sql = "SELECT customer FROM orders")
public class WithoutDataOnPlainView {}
