package it.shop;

import dev.strata.View;

@View(name = "one", sql = "SELECT 1 AS one, 2 AS two")
public final class One {}
