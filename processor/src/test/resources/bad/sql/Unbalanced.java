package com.example.broken;

import dev.strata.View;

@View(
    name = "unbalanced",
    sql = "SELECT ((1) AS one")
public class Unbalanced {}
