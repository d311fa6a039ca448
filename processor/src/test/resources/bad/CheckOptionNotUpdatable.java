package com.example;

import dev.strata.View;

// a join: PostgreSQL cannot update the view, MariaDB can; MariaDB runs its own query
@View(
    name = "order_lines",
    sql = "SELECT o.id, o.total, c.name FROM orders o JOIN customers c ON c.id = o.customer_id",
    dialects =
        @View.Dialect(
            database = "mariadb",
            sql = "SELECT customer_id, SUM(total) AS total FROM orders GROUP BY customer_id"),
    checkOption = View.CheckOption.CASCADED)
public class CheckOptionNotUpdatable {}
