package com.example;

import dev.strata.View;

@View(
    name = "active_users",
    sql = "SELECT id FROM users",
    checkOption = View.CheckOption.LOCAL,
    securityBarrier = true)
public class OptionsLacking {}
