package com.example;

import dev.strata.View;

/** No longer reads order_totals, which is dropped in the same version. */
@View(
    name = "big_spenders",
    sql =
        "SELECT user_id, SUM(total) AS total FROM orders GROUP BY user_id HAVING SUM(total) > 50")
public class BigSpender {}
