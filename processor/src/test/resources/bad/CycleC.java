package com.example;

import dev.strata.View;

@View(
    name = "cycle_c",
    sql = "SELECT id FROM cycle_a")
public class CycleC {}
