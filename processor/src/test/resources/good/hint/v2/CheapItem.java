package com.example;

import dev.strata.View;

// only the hint changes: MySQL 8 and MariaDB 12.2 keep it in the view and plan by it
@View(
    name = "cheap_items",
    sql = "SELECT /*+ INDEX(items items_price_idx) */ id, name FROM items WHERE price < 10")
public class CheapItem {}
