package com.example.jpa;

import dev.strata.View;

@View(name = "customer_ids", sql = "SELECT id FROM id_source")
public class CustomerIds {}
