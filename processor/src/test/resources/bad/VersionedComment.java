package com.example;

import dev.strata.View;

@View(
    name = "active_users",
    sql = "SELECT id FROM users",
    dialects = @View.Dialect(
        database = "mariadb",
        sql = "SELECT id /*!80000 , name */ FROM users"))
public class VersionedComment {}
