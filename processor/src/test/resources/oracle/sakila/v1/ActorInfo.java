// Test input written here: a view of the Sakila sample database, ActorInfo, its queries those of
// MySQL's sakila-schema.sql (mysql), Pagila's pagila-schema.sql (postgresql) and H2's spelling (sql).
package org.example.sakila;

import dev.strata.View;

@View(
    name = "actor_info",
    security = View.Security.INVOKER,
    sql =
        """
        SELECT a.actor_id, a.first_name, a.last_name,
        LISTAGG(DISTINCT c.name || ': ' ||
                (SELECT LISTAGG(f.title, ', ') WITHIN GROUP (ORDER BY f.title)
                    FROM film f
                    INNER JOIN film_category fc
                      ON f.film_id = fc.film_id
                    INNER JOIN film_actor fa
                      ON f.film_id = fa.film_id
                    WHERE fc.category_id = c.category_id
                    AND fa.actor_id = a.actor_id), '; ') WITHIN GROUP (ORDER BY c.name)
        AS film_info
        FROM actor a
        LEFT JOIN film_actor fa
          ON a.actor_id = fa.actor_id
        LEFT JOIN film_category fc
          ON fa.film_id = fc.film_id
        LEFT JOIN category c
          ON fc.category_id = c.category_id
        GROUP BY a.actor_id, a.first_name, a.last_name""",
    dialects = {
      @View.Dialect(
          database = "mysql",
          sql =
              """
              SELECT
              a.actor_id,
              a.first_name,
              a.last_name,
              GROUP_CONCAT(DISTINCT CONCAT(c.name, ': ',
                      (SELECT GROUP_CONCAT(f.title ORDER BY f.title SEPARATOR ', ')
                                  FROM film f
                                  INNER JOIN film_category fc
                                    ON f.film_id = fc.film_id
                                  INNER JOIN film_actor fa
                                    ON f.film_id = fa.film_id
                                  WHERE fc.category_id = c.category_id
                                  AND fa.actor_id = a.actor_id
                               )
                           )
                           ORDER BY c.name SEPARATOR '; ')
              AS film_info
              FROM actor a
              LEFT JOIN film_actor fa
                ON a.actor_id = fa.actor_id
              LEFT JOIN film_category fc
                ON fa.film_id = fc.film_id
              LEFT JOIN category c
                ON fc.category_id = c.category_id
              GROUP BY a.actor_id, a.first_name, a.last_name"""),
      @View.Dialect(
          database = "postgresql",
          sql =
              """
              SELECT a.actor_id,
                 a.first_name,
                 a.last_name,
                 string_agg(DISTINCT (((c.name)::text || ': '::text) || ( SELECT string_agg((f.title)::text, ', ') AS group_concat
                        FROM ((film f
                          JOIN film_category fc_1 ON ((f.film_id = fc_1.film_id)))
                          JOIN film_actor fa_1 ON ((f.film_id = fa_1.film_id)))
                       WHERE ((fc_1.category_id = c.category_id) AND (fa_1.actor_id = a.actor_id))
                       GROUP BY fa_1.actor_id)), ', ') AS film_info
                FROM (((actor a
                  LEFT JOIN film_actor fa ON ((a.actor_id = fa.actor_id)))
                  LEFT JOIN film_category fc ON ((fa.film_id = fc.film_id)))
                  LEFT JOIN category c ON ((fc.category_id = c.category_id)))
               GROUP BY a.actor_id, a.first_name, a.last_name""")
    })
public class ActorInfo {}
