// Test input written here: a view of the Sakila sample database, SalesByStore, its queries those of
// MySQL's sakila-schema.sql (mysql), Pagila's pagila-schema.sql (postgresql) and H2's spelling (sql).
package org.example.sakila;

import dev.strata.View;

@View(
    name = "sales_by_store",
    sql =
        """
        SELECT
        c.city || ',' || cy.country AS store
        , m.first_name || ' ' || m.last_name AS manager
        , SUM(p.amount) AS total_sales
        FROM payment AS p
        INNER JOIN rental AS r ON p.rental_id = r.rental_id
        INNER JOIN inventory AS i ON r.inventory_id = i.inventory_id
        INNER JOIN store AS s ON i.store_id = s.store_id
        INNER JOIN address AS a ON s.address_id = a.address_id
        INNER JOIN city AS c ON a.city_id = c.city_id
        INNER JOIN country AS cy ON c.country_id = cy.country_id
        INNER JOIN staff AS m ON s.manager_staff_id = m.staff_id
        GROUP BY cy.country, c.city, s.store_id, m.first_name, m.last_name
        ORDER BY cy.country, c.city""",
    dialects = {
      @View.Dialect(
          database = "mysql",
          sql =
              """
              SELECT
              CONCAT(c.city, _utf8',', cy.country) AS store
              , CONCAT(m.first_name, _utf8' ', m.last_name) AS manager
              , SUM(p.amount) AS total_sales
              FROM payment AS p
              INNER JOIN rental AS r ON p.rental_id = r.rental_id
              INNER JOIN inventory AS i ON r.inventory_id = i.inventory_id
              INNER JOIN store AS s ON i.store_id = s.store_id
              INNER JOIN address AS a ON s.address_id = a.address_id
              INNER JOIN city AS c ON a.city_id = c.city_id
              INNER JOIN country AS cy ON c.country_id = cy.country_id
              INNER JOIN staff AS m ON s.manager_staff_id = m.staff_id
              GROUP BY s.store_id
              ORDER BY cy.country, c.city"""),
      @View.Dialect(
          database = "postgresql",
          sql =
              """
              SELECT (((c.city)::text || ','::text) || (cy.country)::text) AS store,
                 (((m.first_name)::text || ' '::text) || (m.last_name)::text) AS manager,
                 sum(p.amount) AS total_sales
                FROM (((((((payment p
                  JOIN rental r ON ((p.rental_id = r.rental_id)))
                  JOIN inventory i ON ((r.inventory_id = i.inventory_id)))
                  JOIN store s ON ((i.store_id = s.store_id)))
                  JOIN address a ON ((s.address_id = a.address_id)))
                  JOIN city c ON ((a.city_id = c.city_id)))
                  JOIN country cy ON ((c.country_id = cy.country_id)))
                  JOIN staff m ON ((s.manager_staff_id = m.staff_id)))
               GROUP BY cy.country, c.city, s.store_id, m.first_name, m.last_name
               ORDER BY cy.country, c.city""")
    })
public class SalesByStore {}
