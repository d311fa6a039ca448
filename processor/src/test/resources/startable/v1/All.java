package com.example.parcels;

import dev.strata.View;

/** Reads every column of the entity's table, whatever they are. */
@View(name = "all_parcels", sql = "SELECT * FROM parcels")
public class All {}
