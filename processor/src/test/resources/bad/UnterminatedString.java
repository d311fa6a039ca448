package com.example;

import dev.strata.View;

@View(
    name = "broken",
    sql = "SELECT id FROM users WHERE name = 'Ada")
public class UnterminatedString {}
