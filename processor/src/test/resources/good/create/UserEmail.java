package com.example;

import dev.strata.View;

/** No name given: the view is named after the class, user_email. */
@View(sql = "SELECT email FROM users")
public class UserEmail {}
