package org.example.giventypes;

import dev.strata.View;

/** A view over the columns whose types are given as they are, which the build checks on H2. */
@View(
    name = "valid_readings",
    sql = "SELECT id, payload, ratio, takenAt FROM Reading WHERE valid = TRUE")
public class ValidReading {}
