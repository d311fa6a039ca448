package com.example.jpa;

import dev.strata.View;

@View(
    name = "typo",
    sql = "SELECT id, nmae FROM customers")
public class ColumnTypo {}
