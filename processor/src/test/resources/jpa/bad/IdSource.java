package com.example.jpa;

import dev.strata.View;

// its common table expression shares the name of the view that reads it: H2 resolves it in a loop
@View(
    name = "id_source",
    sql = "WITH customer_ids AS (SELECT id FROM customers) SELECT id FROM customer_ids")
public class IdSource {}
