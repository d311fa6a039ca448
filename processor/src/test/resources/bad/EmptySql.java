package com.example;

import dev.strata.View;

@View(
    name = "empty",
    sql = "  ")
public class EmptySql {}
