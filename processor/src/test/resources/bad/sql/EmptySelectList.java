package com.example.broken;

import dev.strata.View;

@View(
    name = "empty_select_list",
    sql = "SELECT FROM t")
public class EmptySelectList {}
