package com.example;

import dev.strata.View;

@View(
    name = "ACTIVE_USERS",
    sql = "SELECT id, email FROM users")
public class DuplicateB {}
