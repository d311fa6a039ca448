// Test input written here: a view of the Sakila sample database, StaffList, its queries those of
// MySQL's sakila-schema.sql (mysql), Pagila's pagila-schema.sql (postgresql) and H2's spelling (sql).
package org.example.sakila;

import dev.strata.View;

@View(
    name = "staff_list",
    sql =
        """
        SELECT s.staff_id AS ID, s.first_name || ' ' || s.last_name AS name, a.address AS address, a.postal_code AS "zip code", a.phone AS phone,
            city.city AS city, country.country AS country, s.store_id AS SID
        FROM staff AS s JOIN address AS a ON s.address_id = a.address_id JOIN city ON a.city_id = city.city_id
            JOIN country ON city.country_id = country.country_id""",
    dialects = {
      @View.Dialect(
          database = "mysql",
          sql =
              """
              SELECT s.staff_id AS ID, CONCAT(s.first_name, _utf8' ', s.last_name) AS name, a.address AS address, a.postal_code AS `zip code`, a.phone AS phone,
                  city.city AS city, country.country AS country, s.store_id AS SID
              FROM staff AS s JOIN address AS a ON s.address_id = a.address_id JOIN city ON a.city_id = city.city_id
                  JOIN country ON city.country_id = country.country_id"""),
      @View.Dialect(
          database = "postgresql",
          sql =
              """
              SELECT s.staff_id AS id,
                 (((s.first_name)::text || ' '::text) || (s.last_name)::text) AS name,
                 a.address,
                 a.postal_code AS "zip code",
                 a.phone,
                 city.city,
                 country.country,
                 s.store_id AS sid
                FROM (((staff s
                  JOIN address a ON ((s.address_id = a.address_id)))
                  JOIN city ON ((a.city_id = city.city_id)))
                  JOIN country ON ((city.country_id = country.country_id)))""")
    })
public class StaffList {}
