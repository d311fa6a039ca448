package com.example.broken;

import dev.strata.View;

@View(
    name = "bracketed_delete",
    sql = "(DELETE FROM t)")
public class BracketedDelete {}
