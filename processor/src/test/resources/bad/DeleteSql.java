package com.example;

import dev.strata.View;

@View(
    name = "cleanup",
    sql = "DELETE FROM users WHERE active = FALSE")
public class DeleteSql {}
