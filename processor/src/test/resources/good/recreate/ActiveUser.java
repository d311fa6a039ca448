package com.example;

import dev.strata.View;

/** Drops the email column: no database can do that in place. */
@View(name = "active_users", sql = "SELECT id, name FROM users WHERE active = TRUE")
public class ActiveUser {}
