-- Real-world queries for QueryCorpusTest: one per paragraph, separated by blank lines.
-- Each must be accepted, and reformatted must keep its canonical hash.

SELECT id, email FROM users WHERE active = TRUE

SELECT u.id, u.name, COUNT(o.id) AS orders FROM users u LEFT JOIN orders o ON o.user_id = u.id GROUP BY u.id, u.name

SELECT customer_id, SUM(amount) AS total FROM payments GROUP BY customer_id HAVING SUM(amount) > 100

SELECT * FROM film WHERE rating IN ('G', 'PG', 'PG-13') ORDER BY title

SELECT f.title, c.name AS category FROM film f JOIN film_category fc ON fc.film_id = f.film_id JOIN category c ON c.category_id = fc.category_id

SELECT DISTINCT city FROM address a JOIN city c ON c.city_id = a.city_id

SELECT title, length, RANK() OVER (ORDER BY length DESC) AS length_rank FROM film

SELECT title, rental_rate, AVG(rental_rate) OVER (PARTITION BY rating) AS avg_for_rating FROM film

SELECT staff_id, payment_date, amount, SUM(amount) OVER (PARTITION BY staff_id ORDER BY payment_date ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running FROM payment

SELECT payment_date, SUM(amount) OVER (ORDER BY payment_date ROWS UNBOUNDED PRECEDING) AS running FROM payment

SELECT payment_date, AVG(amount) OVER (ORDER BY payment_date ROWS 6 PRECEDING) AS weekly FROM payment

SELECT payment_date, COUNT(*) OVER (ORDER BY payment_date RANGE CURRENT ROW) AS same_day FROM payment

SELECT d, AVG(v) OVER (ORDER BY d RANGE BETWEEN INTERVAL '7 days' PRECEDING AND CURRENT ROW) AS avg7 FROM metrics

SELECT id, LAG(price) OVER w AS previous_price, LEAD(price) OVER w AS next_price FROM prices WINDOW w AS (PARTITION BY sku ORDER BY valid_from)

SELECT id, FIRST_VALUE(name) OVER (PARTITION BY team ORDER BY score DESC) AS best FROM players

SELECT id, NTILE(4) OVER (ORDER BY score) AS quartile FROM players

SELECT id, PERCENT_RANK() OVER (ORDER BY score) AS pr, CUME_DIST() OVER (ORDER BY score) AS cd FROM players

SELECT id, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY created_at DESC) AS rn FROM orders

SELECT * FROM (SELECT id, customer_id, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY created_at DESC) AS rn FROM orders) ranked WHERE rn = 1

SELECT region, product, SUM(sales) FROM sales GROUP BY ROLLUP (region, product)

SELECT region, product, SUM(sales) FROM sales GROUP BY CUBE (region, product)

SELECT region, product, SUM(sales) FROM sales GROUP BY GROUPING SETS ((region), (product), ())

SELECT region, GROUPING(region) AS g, SUM(sales) FROM sales GROUP BY ROLLUP (region)

SELECT COUNT(*) FILTER (WHERE status = 'open') AS open, COUNT(*) FILTER (WHERE status = 'closed') AS closed FROM tickets

SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY amount) AS median FROM payments

SELECT string_agg(name, ', ' ORDER BY name) AS names FROM tags

SELECT array_agg(DISTINCT tag ORDER BY tag) AS tags FROM post_tags

SELECT json_agg(t) FROM (SELECT id, name FROM items) t

SELECT jsonb_build_object('id', id, 'name', name) AS doc FROM items

SELECT data->>'name' AS name, data->'address'->>'city' AS city FROM customers_json

SELECT data #> '{address,city}' AS city, data #>> '{address,zip}' AS zip FROM customers_json

SELECT id FROM customers_json WHERE data @> '{"vip": true}'

SELECT id FROM documents WHERE tags ?| ARRAY['a', 'b']

SELECT id FROM documents WHERE tags ?& ARRAY['a', 'b']

SELECT id, data #- '{secret}' AS redacted FROM customers_json

SELECT jsonb_path_query(doc, '$.items[*].price') AS price FROM orders_json

SELECT JSON_EXTRACT(payload, '$.user.id') AS user_id FROM events

SELECT payload->'$.user.id' AS user_id FROM events

SELECT payload->>'$.user.name' AS user_name FROM events

SELECT JSON_UNQUOTE(JSON_EXTRACT(payload, '$.type')) AS kind FROM events

SELECT j.* FROM events e, JSON_TABLE(e.payload, '$.items[*]' COLUMNS (sku VARCHAR(20) PATH '$.sku', qty INT PATH '$.qty')) AS j

SELECT JSON_OBJECT('id' VALUE id, 'name' VALUE name) AS doc FROM items

SELECT JSON_ARRAYAGG(name ORDER BY name) AS names FROM items

WITH recent AS (SELECT * FROM orders WHERE created_at > CURRENT_DATE - 7) SELECT COUNT(*) FROM recent

WITH totals AS (SELECT customer_id, SUM(amount) AS total FROM orders GROUP BY customer_id), ranked AS (SELECT customer_id, total, RANK() OVER (ORDER BY total DESC) AS r FROM totals) SELECT * FROM ranked WHERE r <= 10

WITH RECURSIVE tree AS (SELECT id, parent_id, name, 1 AS depth FROM categories WHERE parent_id IS NULL UNION ALL SELECT c.id, c.parent_id, c.name, t.depth + 1 FROM categories c JOIN tree t ON c.parent_id = t.id) SELECT * FROM tree

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100) SELECT i FROM n

WITH a AS MATERIALIZED (SELECT id FROM big_table WHERE flag) SELECT COUNT(*) FROM a

WITH a AS NOT MATERIALIZED (SELECT id FROM big_table) SELECT id FROM a WHERE id > 10

WITH x (a, b) AS (VALUES (1, 'one'), (2, 'two')) SELECT a, b FROM x

SELECT * FROM users u, LATERAL (SELECT * FROM orders o WHERE o.user_id = u.id ORDER BY created_at DESC LIMIT 3) last_orders

SELECT u.id, l.total FROM users u LEFT JOIN LATERAL (SELECT SUM(amount) AS total FROM orders o WHERE o.user_id = u.id) l ON TRUE

SELECT u.id, x.n FROM users u CROSS JOIN LATERAL generate_series(1, u.seats) AS x(n)

SELECT * FROM generate_series(1, 10) AS g(n)

SELECT * FROM unnest(ARRAY[1, 2, 3]) WITH ORDINALITY AS t(v, i)

SELECT d::date AS day FROM generate_series(DATE '2024-01-01', DATE '2024-12-31', INTERVAL '1 day') AS d

SELECT * FROM users WHERE id IN (SELECT user_id FROM orders WHERE amount > 100)

SELECT * FROM users u WHERE EXISTS (SELECT 1 FROM orders o WHERE o.user_id = u.id)

SELECT * FROM users u WHERE NOT EXISTS (SELECT 1 FROM bans b WHERE b.user_id = u.id)

SELECT * FROM products WHERE price > ALL (SELECT price FROM products WHERE category = 'budget')

SELECT * FROM products WHERE price = ANY (SELECT price FROM featured)

SELECT name, (SELECT COUNT(*) FROM orders o WHERE o.user_id = u.id) AS order_count FROM users u

SELECT c.name, group_concat(DISTINCT (SELECT max(f.title) FROM film_list f WHERE f.category = c.name)) AS titles FROM category c GROUP BY c.name

SELECT GROUP_CONCAT(name ORDER BY name SEPARATOR ', ') AS names FROM tags

SELECT IFNULL(nickname, name) AS shown FROM users

SELECT IF(score > 50, 'pass', 'fail') AS result FROM exams

SELECT DATE_FORMAT(created_at, '%Y-%m') AS month, COUNT(*) FROM orders GROUP BY DATE_FORMAT(created_at, '%Y-%m')

SELECT DATE_TRUNC('month', created_at) AS month, COUNT(*) FROM orders GROUP BY 1

SELECT TO_CHAR(created_at, 'YYYY-MM-DD') AS day FROM orders

SELECT EXTRACT(YEAR FROM created_at) AS y, EXTRACT(MONTH FROM created_at) AS m FROM orders

SELECT AGE(birth_date) AS age FROM people

SELECT NOW() - created_at AS elapsed FROM sessions

SELECT CURRENT_TIMESTAMP AT TIME ZONE 'UTC' AS utc_now

SELECT created_at + INTERVAL '1 hour' AS later FROM events

SELECT DATEDIFF(shipped_at, ordered_at) AS days FROM shipments

SELECT TIMESTAMPDIFF(MINUTE, started_at, ended_at) AS minutes FROM calls

SELECT DATE_ADD(created_at, INTERVAL 1 DAY) AS tomorrow FROM events

SELECT CAST(amount AS DECIMAL(10, 2)) AS amount FROM payments

SELECT amount::numeric(10, 2) AS amount FROM payments

SELECT CONVERT(name USING utf8mb4) AS name FROM legacy

SELECT COALESCE(a, b, c, 0) AS first_value FROM triples

SELECT NULLIF(divisor, 0) AS safe FROM ratios

SELECT GREATEST(a, b) AS hi, LEAST(a, b) AS lo FROM pairs

SELECT CASE WHEN score >= 90 THEN 'A' WHEN score >= 80 THEN 'B' ELSE 'C' END AS grade FROM exams

SELECT CASE status WHEN 1 THEN 'new' WHEN 2 THEN 'done' END AS label FROM tasks

SELECT UPPER(name) AS upper_name, LOWER(email) AS lower_email FROM users

SELECT SUBSTRING(phone FROM 1 FOR 3) AS area FROM contacts

SELECT SUBSTR(phone, 1, 3) AS area FROM contacts

SELECT TRIM(BOTH ' ' FROM name) AS name FROM users

SELECT POSITION('@' IN email) AS at FROM users

SELECT LENGTH(name) AS n, CHAR_LENGTH(name) AS c FROM users

SELECT REPLACE(name, 'Mr. ', '') AS name FROM users

SELECT CONCAT(first_name, ' ', last_name) AS full_name FROM users

SELECT first_name || ' ' || last_name AS full_name FROM users

SELECT REGEXP_REPLACE(phone, '[^0-9]', '', 'g') AS digits FROM contacts

SELECT name FROM users WHERE name ~* '^a'

SELECT name FROM users WHERE name !~ 'test'

SELECT name FROM users WHERE name LIKE 'A%' ESCAPE '\'

SELECT name FROM users WHERE name ILIKE '%smith%'

SELECT name FROM users WHERE name SIMILAR TO '(a|b)%'

SELECT name FROM users WHERE name REGEXP '^[a-z]+$'

SELECT id FROM t WHERE a BETWEEN 1 AND 10 AND b NOT BETWEEN 5 AND 6

SELECT id FROM t WHERE a IS DISTINCT FROM b

SELECT id FROM t WHERE a IS NOT DISTINCT FROM b

SELECT id FROM t WHERE a <=> b

SELECT id FROM t WHERE (a, b) IN ((1, 2), (3, 4))

SELECT id FROM t WHERE (a, b) > (1, 2)

SELECT ARRAY[1, 2, 3] AS arr, (ARRAY[1, 2, 3])[2] AS second

SELECT tags[1] AS first_tag FROM posts

SELECT id FROM posts WHERE 'sql' = ANY (tags)

SELECT id FROM posts WHERE tags && ARRAY['sql', 'java']

SELECT array_length(tags, 1) AS n FROM posts

SELECT id, point(x, y) <-> point(0, 0) AS distance FROM places

SELECT to_tsvector('english', body) @@ to_tsquery('english', 'strata') AS hit FROM docs

SELECT id FROM docs WHERE to_tsvector(body) @@ plainto_tsquery('view migrations')

SELECT ts_rank(search, query) AS rank FROM docs, to_tsquery('strata') query WHERE search @@ query

SELECT $$It's a "dollar" string$$ AS s

SELECT $fn$ body with $$ inside $fn$ AS s

SELECT E'tab\there' AS s, E'quote\'s' AS t

SELECT U&'d\0061t\+000061' AS unicode

SELECT B'1010' AS bits, X'FF' AS bytes

SELECT N'unicode text' AS n

SELECT 'it''s' AS doubled, 'it\'s' AS backslashed FROM dual

SELECT "Mixed Case Column", "select" FROM "Weird Table"

SELECT `order`, `group` FROM `my table`

SELECT t.* FROM "schema"."table" t

SELECT * FROM reporting.daily_totals

SELECT * FROM db.schema_name.table_name

SELECT 1 AS one

SELECT 1 + 2 * 3 - 4 / 2 % 3 AS arithmetic

SELECT 2 ^ 10 AS power, |/ 16 AS root, @ -5 AS absolute

SELECT 5 & 3 AS band, 5 | 3 AS bor, 5 # 3 AS bxor, ~5 AS bnot, 1 << 4 AS shl, 256 >> 2 AS shr

SELECT 1.5e10 AS big, .5 AS half, 1E-3 AS milli, 0x1F AS hex

SELECT TRUE AND NOT FALSE OR NULL IS NULL AS logic

VALUES (1, 'one'), (2, 'two'), (3, 'three')

TABLE customers

(SELECT id FROM a) UNION (SELECT id FROM b)

SELECT id FROM a UNION SELECT id FROM b UNION ALL SELECT id FROM c

SELECT id FROM a INTERSECT SELECT id FROM b

SELECT id FROM a EXCEPT SELECT id FROM b

SELECT id FROM a EXCEPT ALL SELECT id FROM b ORDER BY id

SELECT id FROM a MINUS SELECT id FROM b

SELECT * FROM orders ORDER BY created_at DESC NULLS LAST LIMIT 10 OFFSET 20

SELECT * FROM orders ORDER BY created_at FETCH FIRST 5 ROWS ONLY

SELECT * FROM orders ORDER BY amount DESC FETCH FIRST 3 ROWS WITH TIES

SELECT * FROM orders OFFSET 10 ROWS FETCH NEXT 10 ROWS ONLY

SELECT * FROM orders LIMIT 10, 20

SELECT TOP 10 * FROM orders

SELECT DISTINCT ON (customer_id) customer_id, created_at FROM orders ORDER BY customer_id, created_at DESC

SELECT a.id FROM a NATURAL JOIN b

SELECT a.id FROM a JOIN b USING (id, version)

SELECT a.id FROM a FULL OUTER JOIN b ON a.id = b.id

SELECT a.id FROM a RIGHT JOIN b ON a.id = b.id

SELECT a.id FROM a CROSS JOIN b

SELECT a.id FROM a STRAIGHT_JOIN b ON a.id = b.id

SELECT a.id FROM (a JOIN b ON a.id = b.a_id) JOIN c ON c.b_id = b.id

SELECT a.id FROM a, b, c WHERE a.id = b.a_id AND b.id = c.b_id

SELECT * FROM ONLY parent_table

SELECT * FROM measurements TABLESAMPLE SYSTEM (10)

SELECT * FROM orders FOR UPDATE

SELECT * FROM orders FOR UPDATE SKIP LOCKED

SELECT * FROM orders FOR SHARE NOWAIT

SELECT * FROM orders LOCK IN SHARE MODE

SELECT SQL_NO_CACHE id FROM orders

SELECT /*+ INDEX(orders idx_created) */ id FROM orders

SELECT /*!40001 SQL_NO_CACHE */ id FROM orders

SELECT id FROM orders USE INDEX (idx_created) WHERE created_at > '2024-01-01'

SELECT id FROM orders FORCE INDEX (PRIMARY)

SELECT id FROM orders PARTITION (p2024)

SELECT * FROM t1 AS OF TIMESTAMP '2024-01-01 00:00:00'

SELECT * FROM employees START WITH manager_id IS NULL CONNECT BY PRIOR id = manager_id

SELECT LEVEL, name FROM employees CONNECT BY PRIOR id = manager_id

SELECT * FROM sales PIVOT (SUM(amount) FOR quarter IN ('Q1', 'Q2', 'Q3', 'Q4'))

SELECT * FROM t MODEL DIMENSION BY (a) MEASURES (b) RULES ()

SELECT ROWNUM, name FROM employees WHERE ROWNUM <= 10

SELECT NVL(commission, 0) AS commission FROM employees

SELECT DECODE(status, 'A', 'active', 'inactive') AS s FROM accounts

SELECT SYSDATE FROM dual

SELECT q'[It's Oracle]' AS s FROM dual

SELECT LISTAGG(name, ',') WITHIN GROUP (ORDER BY name) AS names FROM employees

SELECT id FROM t QUALIFY ROW_NUMBER() OVER (PARTITION BY k ORDER BY v) = 1

SELECT id, name FROM users -- trailing comment

SELECT id, /* the key */ name FROM users

SELECT id -- first
, name -- second
FROM users -- the table

SELECT id,
       name
  FROM users
 WHERE active
 ORDER BY name

SELECT id /* outer /* nested */ still comment */ FROM users

SELECT id # MySQL line comment
FROM users

SELECT 1--1
AS two_on_mysql

SELECT c.id, c.name, COALESCE(SUM(o.amount), 0) AS lifetime, MAX(o.created_at) AS last_order, COUNT(DISTINCT o.id) FILTER (WHERE o.status = 'paid') AS paid FROM customers c LEFT JOIN orders o ON o.customer_id = c.id WHERE c.deleted_at IS NULL GROUP BY c.id, c.name HAVING COUNT(o.id) > 0 ORDER BY lifetime DESC

SELECT date_trunc('week', o.created_at) AS week, p.category, SUM(oi.quantity * oi.unit_price) AS revenue FROM orders o JOIN order_items oi ON oi.order_id = o.id JOIN products p ON p.id = oi.product_id WHERE o.status <> 'cancelled' GROUP BY 1, 2

SELECT s.store_id, s.manager, (SELECT SUM(p.amount) FROM payment p JOIN staff st ON st.staff_id = p.staff_id WHERE st.store_id = s.store_id) AS revenue FROM store s

SELECT f.film_id, f.title, COUNT(r.rental_id) AS rentals, DENSE_RANK() OVER (ORDER BY COUNT(r.rental_id) DESC) AS popularity FROM film f JOIN inventory i ON i.film_id = f.film_id JOIN rental r ON r.inventory_id = i.inventory_id GROUP BY f.film_id, f.title

SELECT a.actor_id, a.first_name, a.last_name, json_agg(json_build_object('title', f.title, 'year', f.release_year)) AS films FROM actor a JOIN film_actor fa ON fa.actor_id = a.actor_id JOIN film f ON f.film_id = fa.film_id GROUP BY a.actor_id

SELECT cu.customer_id AS id, cu.first_name || ' ' || cu.last_name AS name, a.address, a.postal_code AS "zip code", a.phone, city.city, country.country, CASE WHEN cu.activebool THEN 'active' ELSE '' END AS notes, cu.store_id AS sid FROM customer cu JOIN address a ON cu.address_id = a.address_id JOIN city ON a.city_id = city.city_id JOIN country ON city.country_id = country.country_id

SELECT e.id, e.name, m.name AS manager FROM employees e LEFT JOIN employees m ON m.id = e.manager_id

SELECT dept, AVG(salary) AS avg_salary, STDDEV(salary) AS sd, VAR_POP(salary) AS var FROM employees GROUP BY dept

SELECT dept, MIN(salary), MAX(salary), BOOL_AND(active) AS all_active, BOOL_OR(remote) AS any_remote FROM employees GROUP BY dept

SELECT corr(x, y) AS r, regr_slope(y, x) AS slope FROM points

SELECT mode() WITHIN GROUP (ORDER BY color) AS common_color FROM cars

SELECT id FROM events WHERE occurred_at >= TIMESTAMP '2024-01-01 00:00:00' AND occurred_at < TIMESTAMP '2024-02-01 00:00:00'

SELECT id FROM events WHERE occurred_at::date = CURRENT_DATE

SELECT id FROM events WHERE occurred_at > NOW() - INTERVAL '30 minutes'

SELECT id FROM events WHERE day BETWEEN SYMMETRIC 10 AND 1

SELECT id FROM t WHERE x IN (1, 2, 3) AND y NOT IN ('a', 'b') AND z IS NOT NULL

SELECT id FROM t WHERE NOT (a = 1 OR b = 2) AND (c = 3 OR (d = 4 AND e = 5))

SELECT id FROM t WHERE a = ? AND b = ?

SELECT id FROM t WHERE a = :a AND b = :b

SELECT id FROM t WHERE a = $1

SELECT format('%s has %s items', name, count) AS summary FROM carts

SELECT md5(email) AS hash, encode(digest(email, 'sha256'), 'hex') AS sha FROM users

SELECT gen_random_uuid() AS id

SELECT UUID() AS id

SELECT nextval('orders_id_seq') AS next_id

SELECT pg_size_pretty(pg_total_relation_size('orders')) AS size

SELECT current_user, session_user, current_schema()

SELECT version()

SELECT @@version AS v

SELECT @rownum := @rownum + 1 AS n, name FROM users

SELECT ST_Distance(a.geom, b.geom) AS d FROM places a, places b WHERE a.id < b.id

SELECT ST_AsText(ST_Centroid(geom)) AS center FROM regions

SELECT width_bucket(score, 0, 100, 10) AS bucket, COUNT(*) FROM exams GROUP BY bucket

SELECT id, value, value - LAG(value, 1, 0) OVER (ORDER BY id) AS delta FROM readings

SELECT id, SUM(value) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING) AS smooth FROM readings

SELECT id, SUM(value) OVER (ORDER BY id GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW EXCLUDE CURRENT ROW) AS neighbours FROM readings

SELECT id, COUNT(*) OVER () AS total FROM readings

SELECT k, v FROM kv WHERE (k, v) NOT IN (SELECT k, v FROM excluded)

SELECT * FROM crosstab('SELECT row_name, cat, value FROM ct ORDER BY 1, 2') AS ct(row_name TEXT, a INT, b INT)

SELECT * FROM ROWS FROM (generate_series(1, 3), generate_series(10, 12)) AS t(a, b)

SELECT xmlelement(name item, xmlattributes(id AS id), name) AS x FROM items

SELECT id FROM t WHERE EXISTS (SELECT 1 FROM u WHERE u.t_id = t.id AND EXISTS (SELECT 1 FROM v WHERE v.u_id = u.id AND v.flag))

SELECT (SELECT (SELECT MAX(x) FROM deep3) FROM deep2 LIMIT 1) AS nested FROM deep1

SELECT id FROM a WHERE id IN (SELECT id FROM b WHERE id IN (SELECT id FROM c WHERE id IN (SELECT id FROM d)))

SELECT CASE WHEN EXISTS (SELECT 1 FROM admins WHERE admins.id = u.id) THEN 'admin' ELSE 'user' END AS role FROM users u

SELECT COALESCE((SELECT name FROM nicknames n WHERE n.user_id = u.id), u.name) AS shown FROM users u

SELECT u.id, counts.n FROM users u JOIN (SELECT user_id, COUNT(*) AS n FROM logins GROUP BY user_id) counts ON counts.user_id = u.id

SELECT * FROM (VALUES (1, 'a'), (2, 'b')) AS v(id, letter)

SELECT * FROM (SELECT * FROM (SELECT * FROM base) inner1) inner2

SELECT 'a;b' AS not_two_statements, '--' AS not_a_comment, '/*' AS not_a_comment_either

SELECT "a;b" AS quoted_semicolon FROM t

SELECT 'multi
line
string' AS s

SELECT 'tab	inside' AS s

SELECT 'émoji 🙂 and ümlauts' AS s, "Ñame" FROM t

SELECT ' leading and trailing ' AS s

SELECT '' AS empty, '''' AS quote

SELECT id FROM "Order" WHERE "Order"."Total" > 10

SELECT t."from", t."select" FROM t

SELECT a AS "Total Amount", b AS "total amount" FROM t

SELECT COUNT(*) AS "count(*)" FROM t

SELECT id FROM t1 WHERE x = (SELECT MAX(x) FROM t1)

SELECT * FROM orders WHERE status = 'shipped' AND shipped_at IS NOT NULL ORDER BY shipped_at DESC, id

SELECT department, job, SUM(salary) FROM emp GROUP BY department, job WITH ROLLUP

SELECT id FROM t ORDER BY CASE WHEN priority = 'high' THEN 0 ELSE 1 END, created_at

SELECT id FROM t ORDER BY FIELD(status, 'new', 'open', 'closed')

SELECT id FROM t WHERE MATCH (title, body) AGAINST ('database' IN NATURAL LANGUAGE MODE)

SELECT id, ROUND(AVG(score) OVER (PARTITION BY class), 2) AS class_avg FROM results

SELECT a, b FROM t WINDOW w AS (ORDER BY a) ORDER BY a

SELECT user_id, COUNT(*) FROM sessions WHERE started_at >= DATE '2024-01-01' GROUP BY user_id HAVING COUNT(*) >= 3 ORDER BY 2 DESC LIMIT 100

SELECT EXISTS (SELECT 1 FROM maintenance WHERE active) AS in_maintenance

SELECT * FROM t WHERE x = ALL (ARRAY[1, 1])

SELECT id, tags FROM posts WHERE tags @> ARRAY['sql']::text[]

SELECT id, meta->'a'->'b'->>'c' AS deep FROM docs

SELECT jsonb_array_elements(doc->'items')->>'sku' AS sku FROM orders_json

SELECT key, value FROM settings, jsonb_each_text(settings.doc)

SELECT r.* FROM reports r WHERE r.id IN (SELECT report_id FROM report_views WHERE viewed_at > NOW() - INTERVAL '1 day')

SELECT l.id, l.name FROM locations l WHERE l.region_id = (SELECT id FROM regions WHERE code = 'EU')

SELECT COUNT(*) FILTER (WHERE x > 0) * 100.0 / NULLIF(COUNT(*), 0) AS pct_positive FROM samples
