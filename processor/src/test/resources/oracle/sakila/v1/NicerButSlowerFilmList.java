// Test input written here: a view of the Sakila sample database, NicerButSlowerFilmList, its queries those of
// MySQL's sakila-schema.sql (mysql), Pagila's pagila-schema.sql (postgresql) and H2's spelling (sql).
package org.example.sakila;

import dev.strata.View;

@View(
    name = "nicer_but_slower_film_list",
    sql =
        """
        SELECT film.film_id AS FID, film.title AS title, film.description AS description, category.name AS category, film.rental_rate AS price,
            film.length AS length, film.rating AS rating,
            LISTAGG(UPPER(SUBSTRING(actor.first_name, 1, 1)) || LOWER(SUBSTRING(actor.first_name, 2)) || ' '
                || UPPER(SUBSTRING(actor.last_name, 1, 1)) || LOWER(SUBSTRING(actor.last_name, 2)), ', ')
                WITHIN GROUP (ORDER BY actor.actor_id) AS actors
        FROM category LEFT JOIN film_category ON category.category_id = film_category.category_id LEFT JOIN film ON film_category.film_id = film.film_id
                JOIN film_actor ON film.film_id = film_actor.film_id
            JOIN actor ON film_actor.actor_id = actor.actor_id
        GROUP BY film.film_id, film.title, film.description, category.name, film.rental_rate, film.length, film.rating""",
    dialects = {
      @View.Dialect(
          database = "mysql",
          sql =
              """
              SELECT film.film_id AS FID, film.title AS title, film.description AS description, category.name AS category, film.rental_rate AS price,
                  film.length AS length, film.rating AS rating, GROUP_CONCAT(CONCAT(CONCAT(UCASE(SUBSTR(actor.first_name,1,1)),
                  LCASE(SUBSTR(actor.first_name,2,LENGTH(actor.first_name))),_utf8' ',CONCAT(UCASE(SUBSTR(actor.last_name,1,1)),
                  LCASE(SUBSTR(actor.last_name,2,LENGTH(actor.last_name)))))) SEPARATOR ', ') AS actors
              FROM category LEFT JOIN film_category ON category.category_id = film_category.category_id LEFT JOIN film ON film_category.film_id = film.film_id
                      JOIN film_actor ON film.film_id = film_actor.film_id
                  JOIN actor ON film_actor.actor_id = actor.actor_id
              GROUP BY film.film_id, category.name"""),
      @View.Dialect(
          database = "postgresql",
          sql =
              """
              SELECT film.film_id AS fid,
                 film.title,
                 film.description,
                 category.name AS category,
                 film.rental_rate AS price,
                 film.length,
                 film.rating,
                 string_agg((((upper("substring"((actor.first_name)::text, 1, 1)) || lower("substring"((actor.first_name)::text, 2))) || upper("substring"((actor.last_name)::text, 1, 1))) || lower("substring"((actor.last_name)::text, 2))), ', ') AS actors
                FROM ((((category
                  LEFT JOIN film_category ON ((category.category_id = film_category.category_id)))
                  LEFT JOIN film ON ((film_category.film_id = film.film_id)))
                  JOIN film_actor ON ((film.film_id = film_actor.film_id)))
                  JOIN actor ON ((film_actor.actor_id = actor.actor_id)))
               GROUP BY film.film_id, film.title, film.description, category.name, film.rental_rate, film.length, film.rating""")
    })
public class NicerButSlowerFilmList {}
