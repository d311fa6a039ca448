package com.example;

import dev.strata.View;

@View(
    name = "cheap_items",
    sql = "SELECT /*+ NO_INDEX(items items_price_idx) */ id, name FROM items WHERE price < 10")
public class CheapItem {}
