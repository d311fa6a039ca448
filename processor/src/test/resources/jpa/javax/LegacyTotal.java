package com.example.legacy;

import dev.strata.View;

@javax.persistence.Table(name = "legacy_totals")
@View(sql = "SELECT COUNT(*) AS customers FROM legacy_customers")
public class LegacyTotal {}
