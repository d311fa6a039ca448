package com.example;

import dev.strata.View;

@View(name = "active_user_names", sql = "SELECT name FROM active_users")
public class ActiveUserName {}
