package com.example.jpa;

import dev.strata.View;

/** SQL that H2 would refuse; the check is off for this view. */
@View(name = "unchecked", sql = "SELECT id, nmae FROM customers", verify = false)
public class UncheckedView {}
