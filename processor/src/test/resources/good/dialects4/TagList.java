package com.example;

import dev.strata.View;

// as dialects3, reformatted again: no new version
@View(
    name = "tag_lists",
    sql = "SELECT post_id, LISTAGG(tag, ',') AS tags FROM tags GROUP BY post_id",
    dialects = {
      @View.Dialect(
          database = "postgresql",
          sql =
              "SELECT post_id, string_agg(tag, ', ' ORDER BY tag) AS tags\n"
                  + "FROM tags GROUP BY post_id"),
      @View.Dialect(
          database = "mysql",
          sql = "SELECT post_id, GROUP_CONCAT(tag) AS tags FROM tags GROUP BY post_id")
    },
    checkOption = View.CheckOption.CASCADED,
    security = View.Security.DEFINER,
    securityBarrier = true,
    algorithm = View.Algorithm.MERGE)
public class TagList {}
