package com.example;

import dev.strata.View;

@View(
    name = "active_users",
    sql = "SELECT id FROM users",
    dialects = {
      @View.Dialect(database = "mysql", sql = "SELECT id FROM users"),
      @View.Dialect(
          database = "mysql", // the second
          sql = "SELECT id FROM users WHERE 1 = 1")
    })
public class DialectTwice {}
