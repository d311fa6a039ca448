package com.example;

import dev.strata.View;

// the same queries as dialects2, reformatted; only the options change
@View(
    name = "tag_lists",
    sql = "select post_id, LISTAGG(tag, ',') as tags from tags group by post_id",
    dialects = {
      @View.Dialect(
          database = "mysql",
          sql = "SELECT post_id,   GROUP_CONCAT(tag) AS tags FROM tags GROUP BY post_id"),
      @View.Dialect(
          database = "postgresql",
          sql =
              "SELECT post_id, string_agg(tag, ', ' ORDER BY tag) AS tags FROM tags GROUP BY post_id")
    },
    checkOption = View.CheckOption.CASCADED,
    security = View.Security.DEFINER,
    securityBarrier = true,
    algorithm = View.Algorithm.MERGE)
public class TagList {}
