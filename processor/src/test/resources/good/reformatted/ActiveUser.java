package com.example;

import dev.strata.View;

@View(
    name = "active_users",
    sql =
        """
        select id, email -- who is active
          from USERS
         where active=true""")
public class ActiveUser {}
