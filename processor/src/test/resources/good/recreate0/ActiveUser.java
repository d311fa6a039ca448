package com.example;

import dev.strata.View;

@View(name = "active_users", sql = "SELECT id, email, name FROM users WHERE active = TRUE")
public class ActiveUser {}
