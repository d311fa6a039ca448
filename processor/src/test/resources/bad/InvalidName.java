package com.example;

import dev.strata.View;

@View(
    name = "active users",
    sql = "SELECT id FROM users")
public class InvalidName {}
