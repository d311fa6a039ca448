package it.shop;

import dev.strata.View;

@View(name = "one", sql = "SELECT 1 AS one, 2 AS two, 3 AS three")
public final class One {}
