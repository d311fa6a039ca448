package com.example;

import dev.strata.View;

@View(name = "order_labels", sql = "SELECT id, status || '-x' AS label FROM orders")
public class PipesConcatenation {}
