// Test input written here: a view of the Sakila sample database, SalesByFilmCategory, its queries those of
// MySQL's sakila-schema.sql (mysql), Pagila's pagila-schema.sql (postgresql) and H2's spelling (sql).
package org.example.sakila;

import dev.strata.View;

@View(
    name = "sales_by_film_category",
    sql =
        """
        SELECT
        c.name AS category
        , SUM(p.amount) AS total_sales
        FROM payment AS p
        INNER JOIN rental AS r ON p.rental_id = r.rental_id
        INNER JOIN inventory AS i ON r.inventory_id = i.inventory_id
        INNER JOIN film AS f ON i.film_id = f.film_id
        INNER JOIN film_category AS fc ON f.film_id = fc.film_id
        INNER JOIN category AS c ON fc.category_id = c.category_id
        GROUP BY c.name
        ORDER BY total_sales DESC""",
    dialects = {
      @View.Dialect(
          database = "postgresql",
          sql =
              """
              SELECT c.name AS category,
                 sum(p.amount) AS total_sales
                FROM (((((payment p
                  JOIN rental r ON ((p.rental_id = r.rental_id)))
                  JOIN inventory i ON ((r.inventory_id = i.inventory_id)))
                  JOIN film f ON ((i.film_id = f.film_id)))
                  JOIN film_category fc ON ((f.film_id = fc.film_id)))
                  JOIN category c ON ((fc.category_id = c.category_id)))
               GROUP BY c.name
               ORDER BY sum(p.amount) DESC""")
    })
public class SalesByFilmCategory {}
