package com.example;

import dev.strata.View;

@View(
    name = "two",
    sql = "SELECT id FROM users; DROP TABLE users")
public class TwoStatements {}
