package com.example.parcels;

import dev.strata.View;

/** Reads named columns only: left alone when the table gains one. */
@View(name = "parcel_weights", sql = "SELECT id, weight FROM parcels")
public class Weights {}
