package com.example.parcels;

import dev.strata.View;

/** Reads every column of the table through an alias. */
@View(name = "heavy_parcels", sql = "SELECT p.* FROM parcels p WHERE p.weight > 1")
public class Heavy {}
