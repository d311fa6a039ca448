// Test input written here: a view of the Sakila sample database, CustomerList, its queries those of
// MySQL's sakila-schema.sql (mysql), Pagila's pagila-schema.sql (postgresql) and H2's spelling (sql).
package org.example.sakila;

import dev.strata.View;

@View(
    name = "customer_list",
    sql =
        """
        SELECT cu.customer_id AS ID, cu.first_name || ' ' || cu.last_name AS name, a.address AS address,
            a.postal_code AS "zip code", a.phone AS phone, city.city AS city, country.country AS country,
            CASE WHEN cu.active <> 0 THEN 'active' ELSE '' END AS notes, cu.store_id AS SID,
            cu.email AS email
        FROM customer AS cu JOIN address AS a ON cu.address_id = a.address_id JOIN city ON a.city_id = city.city_id
            JOIN country ON city.country_id = country.country_id""",
    dialects = {
      @View.Dialect(
          database = "mysql",
          sql =
              """
              SELECT cu.customer_id AS ID, CONCAT(cu.first_name, _utf8' ', cu.last_name) AS name, a.address AS address, a.postal_code AS `zip code`,
                  a.phone AS phone, city.city AS city, country.country AS country, IF(cu.active, _utf8'active',_utf8'') AS notes, cu.store_id AS SID, cu.email AS email
              FROM customer AS cu JOIN address AS a ON cu.address_id = a.address_id JOIN city ON a.city_id = city.city_id
                  JOIN country ON city.country_id = country.country_id"""),
      @View.Dialect(
          database = "postgresql",
          sql =
              """
              SELECT cu.customer_id AS id,
                 (((cu.first_name)::text || ' '::text) || (cu.last_name)::text) AS name,
                 a.address,
                 a.postal_code AS "zip code",
                 a.phone,
                 city.city,
                 country.country,
                     CASE
                         WHEN cu.active <> 0 THEN 'active'::text
                         ELSE ''::text
                     END AS notes,
                 cu.store_id AS sid,
                 cu.email
                FROM (((customer cu
                  JOIN address a ON ((cu.address_id = a.address_id)))
                  JOIN city ON ((a.city_id = city.city_id)))
                  JOIN country ON ((city.country_id = country.country_id)))""")
    })
public class CustomerList {}
