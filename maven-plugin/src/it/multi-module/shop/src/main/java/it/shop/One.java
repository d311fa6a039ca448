package it.shop;

import dev.strata.View;

@View(name = "one", sql = "SELECT 1 AS one")
public final class One {}
