package com.example;

import dev.strata.View;

@View(
    name = "cycle_a",
    sql = "SELECT id FROM cycle_b")
public class CycleA {}
