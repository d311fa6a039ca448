package com.example.jpa;

import dev.strata.View;

/** Reads a table that another tool manages: declared, not run. */
@View(
    name = "legacy_totals",
    sql = "SELECT account, SUM(amount) AS total FROM ledger GROUP BY account",
    externalTables = "ledger")
public class LegacyTotal {}
