package com.example;

import dev.strata.View;

@View(
    name = "cycle_b",
    sql = "SELECT id FROM cycle_c")
public class CycleB {}
