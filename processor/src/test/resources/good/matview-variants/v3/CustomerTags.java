package com.example;

import dev.strata.View;

@View(
    name = "customer_tags",
    materialized = true,
    sql =
        "SELECT customer, COUNT(*) AS orders, LISTAGG(tag, ',') WITHIN GROUP (ORDER BY tag) AS tags FROM orders"
            + " GROUP BY customer",
    dialects = {
      @View.Dialect(
          database = "postgresql",
          sql = "SELECT customer, COUNT(*) AS orders, string_agg(tag, ';' ORDER BY tag) AS tags FROM orders GROUP BY customer"),
      @View.Dialect(
          database = "mysql",
          sql =
              "SELECT customer, COUNT(*) AS orders, GROUP_CONCAT(tag ORDER BY tag SEPARATOR ',') AS tags FROM orders"
                  + " GROUP BY customer")
    },
    indexes = {
      @View.Index(columns = "customer", unique = true),
      @View.Index(columns = "orders")
    })
public class CustomerTags {}
