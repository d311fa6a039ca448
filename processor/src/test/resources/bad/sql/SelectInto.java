package com.example.broken;

import dev.strata.View;

@View(
    name = "select_into",
    sql = "SELECT * INTO copy FROM t")
public class SelectInto {}
