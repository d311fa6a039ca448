package it.shop;

import dev.strata.View;

@View(name = "active_items", sql = "SELECT id, name FROM items WHERE active = TRUE")
public final class ActiveItem {}
