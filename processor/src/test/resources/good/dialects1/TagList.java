package com.example;

import dev.strata.View;

@View(
    name = "tag_lists",
    sql = "SELECT post_id, LISTAGG(tag, ',') AS tags FROM tags GROUP BY post_id",
    dialects = {
      @View.Dialect(
          database = "postgresql",
          sql = "SELECT post_id, string_agg(tag, ',') AS tags FROM tags GROUP BY post_id"),
      @View.Dialect(
          database = "mysql",
          sql = "SELECT post_id, GROUP_CONCAT(tag) AS tags FROM tags GROUP BY post_id")
    },
    security = View.Security.INVOKER)
public class TagList {}
