package com.example.jpa;

import dev.strata.View;

@View(
    name = "client_names",
    sql = "SELECT id, name FROM clients")
public class UnknownTable {}
