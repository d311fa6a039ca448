// Test input written here: a view of the Sakila sample database, FilmList, its queries those of
// MySQL's sakila-schema.sql (mysql), Pagila's pagila-schema.sql (postgresql) and H2's spelling (sql).
package org.example.sakila;

import dev.strata.View;

@View(
    name = "film_list",
    sql =
        """
        SELECT film.film_id AS FID, film.title AS title, film.description AS description, category.name AS category, film.rental_rate AS price,
            film.length AS length, film.rating AS rating,
            LISTAGG(actor.first_name || ' ' || actor.last_name, ', ') WITHIN GROUP (ORDER BY actor.actor_id) AS actors
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
                  film.length AS length, film.rating AS rating, GROUP_CONCAT(CONCAT(actor.first_name, _utf8' ', actor.last_name) SEPARATOR ', ') AS actors
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
                 string_agg((((actor.first_name)::text || ' '::text) || (actor.last_name)::text), ', ') AS actors
                FROM ((((category
                  LEFT JOIN film_category ON ((category.category_id = film_category.category_id)))
                  LEFT JOIN film ON ((film_category.film_id = film.film_id)))
                  JOIN film_actor ON ((film.film_id = film_actor.film_id)))
                  JOIN actor ON ((film_actor.actor_id = actor.actor_id)))
               GROUP BY film.film_id, film.title, film.description, category.name, film.rental_rate, film.length, film.rating""")
    })
public class FilmList {}
