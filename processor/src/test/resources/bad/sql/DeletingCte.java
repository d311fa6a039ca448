package com.example.broken;

import dev.strata.View;

@View(
    name = "deleting_cte",
    sql = "WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d")
public class DeletingCte {}
