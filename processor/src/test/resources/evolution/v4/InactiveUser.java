package com.example;

import dev.strata.View;

@View(name = "inactive_users", sql = "SELECT id, name FROM users WHERE NOT active")
public class InactiveUser {}
