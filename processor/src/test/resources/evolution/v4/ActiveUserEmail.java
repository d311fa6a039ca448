package com.example;

import dev.strata.View;

/** Reads another view, and sorts before it by name: it must be created after it. */
@View(name = "active_user_emails", sql = "SELECT email FROM active_users")
public class ActiveUserEmail {}
