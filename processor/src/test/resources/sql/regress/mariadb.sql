-- View queries for MariaDB, for RegressionSuiteOracleTest: each query as the @View's mariadb
-- dialect query, against the CREATE VIEW run directly on the server.
--
-- The queries and tables were written here for this test, modelled on the kinds of query that
-- MariaDB's own regression tests of views exercise: server variables, subqueries with IN, ALL,
-- ANY and EXISTS, grouping and HAVING, UNION and UNION ALL, joins of every kind, derived tables,
-- functions and casts, DISTINCT, ORDER BY and LIMIT, CASE, string and date functions, views over
-- views, generated column names, quoted names, and clauses a view may not hold; the last group
-- adds newer syntax (window functions, WITH, INTERSECT and EXCEPT, comments in the query). Each
-- group runs on a database of its own.
-- Format: "--- group", "--- setup" and "--- view NAME" start a block; a block's text is one
-- statement, without its ";".
--- group basics
--- setup
create table parcel (route int, weight int)
--- setup
insert into parcel values (10, 3), (10, 7), (20, 1), (20, 9), (30, 12)
--- view v_sysvar_column
select route, weight * @@global.max_connections as scaled from parcel
--- view v_sysvar_filter
select route from parcel where weight < @@global.max_connections
--- view v_heavier
select weight - 1 from parcel
--- view v_subquery_tests
select route, route in (select weight from parcel), weight > all (select route from parcel),
  weight < any (select route from parcel) from parcel
--- view v_heaviest_per_route
select route, max(weight) from parcel group by route
--- view v_routes
select distinct route from parcel
--- view v_top_two
select weight * 2 from parcel order by 1 limit 2
--- view v_light
select route from parcel where weight <= 5
--- view v_constant_only
select 'parcel'
--- view v_star_of_dual
SELECT * FROM DUAL
--- view v_exists_of_union
SELECT EXISTS (SELECT 'x' UNION SELECT 'y') AS anything
--- view v_server_facts
SELECT pi() * 2, connection_id(), version(), current_user()
--- view v_total_weight
select route, sum(weight) from parcel group by route having sum(weight) > 8
--- group backquote_in_name
--- setup
create table `crate``box` (label varchar(8))
--- view v_crates
select * from `crate``box`
--- group cross_union_all
--- setup
create table colour (shade varchar(10))
--- setup
create table size (inches int)
--- view v_variants
select * from colour, size union all select * from colour cross join size
--- group counts
--- setup
create table visit (page varchar(40))
--- view v_visits
select count(*), count(distinct page) from visit
--- group view_read_by_subquery
--- setup
create table supplier (code int)
--- setup
create table shipment (supplier_code int)
--- view v_codes
select code from supplier
--- view v_known_shipments
select supplier_code from shipment where supplier_code in (select code from v_codes)
--- group odd_names
--- view v_number_name
select 7 AS `7`, 8 AS `a b`
--- group fulltext_search
--- setup
CREATE TABLE article (id int not null auto_increment primary key, body varchar(200), fulltext(body))
--- view v_about_tea
SELECT id, body from article WHERE match (body) against ('tea' in boolean mode)
--- group aggregate_alias
--- setup
create table reading (celsius decimal(5,2))
--- view v_mean
select avg(celsius) as mean_celsius, min(celsius) as low, max(celsius) high from reading
--- group layered_views
--- setup
create table city (city_id bigint not null, primary key (city_id))
--- setup
create table street (city_id bigint not null, key (city_id))
--- view v_cities
select * from city
--- view v_streets
select * from street
--- view v_street_cities
select c.city_id as city, s.city_id as street_city from v_cities c, v_streets s
  where c.city_id = s.city_id
--- view v_top_layer
select city from v_street_cities where city > 0
--- group stored_functions
--- setup
create function `double``it` (n int) returns int return n * 2
--- setup
create function seven() returns int return 7
--- view v_quoted_function
select `double``it` (21)
--- view v_plain_function
select seven() + 1 as eight
--- group collations
--- setup
create table word (spelling varchar(20) collate latin1_swedish_ci)
--- view v_binary_spelling
select spelling collate latin1_bin as exact from word
--- view v_ordered_words
select spelling from word order by spelling collate latin1_german1_ci
--- group ordinal_order
--- setup
create table score (points int, player varchar(10))
--- view v_by_second
select player, points from score order by 2 desc, 1
--- group literals
--- view v_huge_number
select 123456789012345678901234567890123456789012345678901234567890 as huge
--- view v_cast_to_char
select cast(42 as char(5)) as txt
--- view v_cast_to_decimal
select cast('3.14159' as decimal(6,3)) as approx
--- view v_cast_to_signed
select cast('12' as signed) + cast(3 as unsigned) as n
--- view v_backslash_pair
select 'c:\\temp', '\\n'
--- view v_escaped_quote
select 'it\'s', 'it''s', '\x'
--- view v_case_of_strings
select 'yes', 'YES'
--- view v_hours
SELECT TIME_FORMAT(SEC_TO_TIME(5400), '%H hours %i minutes') as span
--- view v_hex_and_bits
select x'41' as letter, 0x42 as other, b'101' as bits
--- group national
--- setup
create table café (prix int)
--- view vé
select prix from café
--- group unions_of_views
--- view v_pair
select 'left', 2
--- view v_pairs
select * from v_pair union all select * from v_pair
--- view v_filtered_pairs
select `left` from v_pairs where `2` > (select min(`2`) - 1 from v_pairs)
--- view v_outer_layer
select * from v_filtered_pairs
--- group refused_clauses
--- setup
create table ledger (amount int)
--- view v_into_user_variable
select sum(amount) into @total from ledger
--- view v_into_file
select amount into outfile 'ledger.txt' from ledger
--- view v_analyse
select amount from ledger procedure analyse()
--- view v_derived_count
select n from (select count(*) as n from ledger) as counted
--- group derived_tables
--- setup
create table sale (region varchar(10), amount int)
--- view v_region_totals
select t.region, t.total from (select region, sum(amount) as total from sale group by region) t
  where t.total > 100
--- view v_nested_derived
select big.region from (select region from (select region, amount from sale) inner_sale
  where amount > 10) as big
--- view v_derived_join
select s.region, t.top from sale s join (select region, max(amount) as top from sale
  group by region) t on s.region = t.region and s.amount = t.top
--- group correlated
--- setup
create table employee (id int, dept int, salary int)
--- view v_above_dept_average
select id from employee e where salary > (select avg(salary) from employee i
  where i.dept = e.dept)
--- view v_no_higher
select id from employee e where not exists (select 1 from employee i
  where i.dept = e.dept and i.salary > e.salary)
--- view v_scalar_column
select id, (select count(*) from employee i where i.dept = e.dept) as colleagues
  from employee e
--- group time_as_text
--- setup
create table shift (starts time)
--- view v_shift_hour
select substring_index(starts, ':', 1) as hour_part from shift
--- group self_comparison
--- setup
create table gauge (level smallint)
--- view v_above_own
select level from gauge where level > (select avg(level) from gauge)
--- view v_gauges
select * from gauge
--- view v_above_view
select * from gauge where level >= (select min(level) from v_gauges)
--- view v_view_above_table
select * from v_gauges where level < (select (max(level)) from gauge)
--- group joins
--- setup
create table author (id int, name varchar(20))
--- setup
create table book (author_id int, title varchar(40))
--- view v_left
select a.name, b.title from author a left join book b on (a.id = b.author_id)
--- view v_right
select a.name, b.title from author a right outer join book b on a.id = b.author_id
--- view v_inner
select a.name as writer, b.title from author a inner join book b on a.id = b.author_id
--- view v_join_where
select a.id w, b.title t from author a join book b where a.id = b.author_id
--- view v_cross
select a.name, b.title from author a cross join book b
--- view v_straight
select a.name from author a straight_join book b on a.id = b.author_id
--- group natural_and_using
--- setup
create table stock (sku int, qty int)
--- setup
create table price (sku int, cents int)
--- view v_natural
select sku, qty, cents from stock natural join price
--- view v_natural_left
select * from stock natural left join price
--- view v_using
select sku, cents from stock join price using (sku)
--- group in_and_exists
--- setup
create table team (team_id int)
--- setup
create table fixture (home_id int)
--- view v_home_teams
SELECT team_id FROM team WHERE team_id IN (SELECT home_id FROM fixture)
--- view v_teams_playing
SELECT team_id FROM team WHERE EXISTS (SELECT home_id FROM fixture WHERE home_id = team_id)
--- view v_teams_idle
SELECT team_id FROM team WHERE team_id NOT IN (SELECT home_id FROM fixture WHERE home_id IS NOT NULL)
--- group using_a_view
--- setup
CREATE TABLE Pet (Owner INT, Kind INT)
--- setup
CREATE TABLE Species (Kind INT)
--- view v_kinds
SELECT Kind FROM Species
--- view v_owners
SELECT Owner FROM Pet LEFT OUTER JOIN v_kinds USING (Kind)
--- group join_then_filter
--- setup
CREATE TABLE lhs (l int)
--- setup
CREATE TABLE rhs (r int)
--- view v_matched
SELECT l, r FROM lhs JOIN rhs ON l = r WHERE l > 10
--- group star_in_subquery
--- setup
create table digit as select 4 as d union all select 5 union all select 6
--- setup
create table digit_copy as select d from digit where d > 4
--- setup
create table digit_pair as select d, d * 10 as e from digit
--- view v_in_copy
select * from digit where d in (select * from digit_copy)
--- view v_in_either
select e from digit_pair where
  d not in (select * from digit_copy) and e / 10 = any (select * from digit)
--- group comma_join
--- setup
CREATE TABLE device (serial int)
--- setup
CREATE TABLE repair (device_serial int)
--- view v_repaired
SELECT * FROM device, repair WHERE device.serial = repair.device_serial
--- view v_repaired_again
SELECT * FROM v_repaired
--- group statistics
--- setup
create table sample (x double)
--- view v_distinct_sum
select sum(distinct x) from sample
--- view v_distinct_avg
select avg(distinct x) from sample
--- view v_spread
select stddev_pop(x), var_pop(x), variance(x) from sample
--- view v_distinct_count
select count(distinct x) as kinds from sample
--- group column_names
--- setup
create table tag (k int)
--- view v_text_named_like_column
select 'k', k from tag
--- view v_column_then_its_name
select k, 'k', k * 1 from tag
--- view v_two_equal_texts
select 'k', 'k' from tag
--- view v_texts_around_column
select 'k', k, 'k', 'k' from tag
--- view v_text_then_alias
select 'k', 5 as k from tag
--- view v_alias_then_texts
select 5 as k, 'k', 'k' from tag
--- view v_renamed_then_column
select 'k', k as j, k from tag
--- view v_mixed_case_alias
select 'K', k, 7 as Seven, 'seven' from tag
--- view v_alias_and_column
select k, 'k', 2 as k from tag
--- view v_column_and_alias
select 2 as k, k from tag
--- view v_expressions_unnamed
select k + 1, k*2, upper('k') from tag
--- group now_functions
--- setup
create table arrival (at_time timestamp default current_timestamp)
--- setup
create table departure (dt_time timestamp default current_timestamp)
--- view v_past
select at_time, dt_time, arrival.at_time > now() from arrival, departure
  where departure.dt_time <= now()
--- group session_functions
--- setup
CREATE TABLE account ( owner varchar(80) )
--- view v_mine
SELECT * FROM account WHERE owner = CURRENT_USER()
--- view v_by_version
SELECT * FROM account WHERE owner <> VERSION()
--- view v_by_schema
SELECT owner, DATABASE() AS db FROM account
--- view v_by_user
SELECT owner FROM account WHERE owner = USER() OR owner = SESSION_USER()
--- group time_zones
--- setup
CREATE TABLE clock (t time)
--- view v_shifted
SELECT CONVERT_TZ(t, '+00:00', '+05:30') FROM clock
--- group in_same_table
--- setup
create table grid (gx int, gy int, gz int)
--- view v_on_diagonal
select gx, gy from grid where gx in
         (select gy from grid)
--- group swapped_names
--- setup
CREATE TABLE pair (p int, q int)
--- view v_swapped
SELECT q AS p, p AS q FROM pair
--- group renamed_columns
--- setup
create table edge (src int, dst int)
--- view v_renamed
select src as origin, dst as src from edge
--- view v_paths
select e1.src as start, e2.dst as finish from edge e1, edge e2 where e1.dst = e2
.src and e1.src <> e2.dst
--- view v_neighbours_up
select src, group_concat(dst order by dst) from edge group by src
--- view v_neighbours_down
select src, group_concat(distinct dst order by dst desc separator '|') from edge group by src
--- group date_arithmetic
--- setup
create table booking (checkin datetime, nights int)
--- view v_checkout
select checkin, date_add(checkin, interval nights day) as checkout from booking
--- view v_earlier
select subtime(checkin, '2:30:00') as early, checkin - interval 1 hour as hour_before from booking
--- view v_parts
select year(checkin) y, month(checkin) m, dayofmonth(checkin) d, hour(checkin) h from booking
--- view v_formatted
select date_format(checkin, '%Y-%m-%d') as day_text, datediff(checkin, '2020-01-01') as since
  from booking
--- group star_beside_column
--- setup
CREATE TABLE owner (
  oid int PRIMARY KEY,
  first_name varchar(30) NOT NULL,
  last_name varchar(30) NOT NULL
)
--- setup
CREATE TABLE car (
  oid int NOT NULL,
  plate varchar(10) NOT NULL
)
--- view v_owner_cars
SELECT owner.*, car.plate FROM owner, car WHERE owner.oid = car.oid
--- view v_star_then_column
SELECT *, plate AS again FROM car
--- group chain_of_tables
--- setup
CREATE TABLE n1 (id int PRIMARY KEY, flag int)
--- setup
CREATE TABLE n2 (id int PRIMARY KEY, up int, INDEX up_idx(up))
--- setup
CREATE TABLE n3 (id int PRIMARY KEY, up int, INDEX up_idx(up))
--- setup
CREATE TABLE n4 (id int PRIMARY KEY, up int, INDEX up_idx(up))
--- setup
CREATE TABLE n5 (id int PRIMARY KEY, up int, INDEX up_idx(up))
--- view v_chain
SELECT n1.id AS root, n5.id AS leaf
  FROM n1 JOIN n2 ON n2.up = n1.id JOIN n3 ON n3.up = n2.id, n4, n5
  WHERE n4.up = n3.id AND n5.up = n4.id AND n1.flag > 0
--- group constant_dates
--- view v_days_between
select timestampdiff(hour, '2001-03-04 05:00:00', '2001-03-05 06:00:00') as hours
--- view v_zone_of_literal
SELECT CONVERT_TZ('2010-06-01 08:00:00', '+02:00', '+00:00')
--- view v_answer
SELECT 'forty-two' AS Answer
--- view v_date_literals
SELECT DATE '2022-02-22' AS d, TIMESTAMP '2022-02-22 22:22:22' AS ts,
  last_day('2022-02-01') AS month_end
--- group union_mix
--- setup
create table cat (nm varchar(10))
--- setup
create table dog (nm varchar(10))
--- view v_pets
select * from cat union select * from dog union all select * from dog
--- view v_pets_sorted
(select nm from cat) union (select nm from dog) order by nm limit 5
--- view v_pets_distinct
select nm from cat union distinct select nm from dog
--- group string_functions
--- setup
create table person (given varchar(20), family varchar(20))
--- view v_compare
select strcmp(given, 'Ann') from person
--- view v_full_name
select concat(given, ' ', family) as full_name, concat_ws(', ', family, given) as sorted_name
  from person
--- view v_pieces
select upper(left(given, 1)) as initial, lower(family), length(family), char_length(given),
  substring(family, 2, 3), replace(family, 'a', 'e'), trim(given), lpad(given, 10, '*')
  from person
--- view v_matching
select given from person where family like 'Mc%' or given regexp '^[AEIOU]'
  or locate('x', family) > 0
--- group alias_is_view_name
--- setup
create table planet (mass int)
--- view xyz
select * from planet as xyz
--- group weekdays
--- setup
CREATE TABLE holiday (date DATE NOT NULL)
--- view v_day_name
SELECT DAYNAME(date) FROM holiday
--- view v_day_of_week
SELECT DAYOFWEEK(date) FROM holiday
--- view v_week_day
SELECT WEEKDAY(date), MONTHNAME(date) FROM holiday
--- group multiline_alias
--- setup
create table memo (line int)
--- view v_two_line_alias
select memo.line as 'first
second' from memo
--- group bracketed_joins
--- setup
create table j1 (p int, q int)
--- setup
create table j2 (p int, q int, r int)
--- setup
create table j3 (p int, q int, r int)
--- setup
create table j4 (p int, q int, r int)
--- view v_bracketed
select j1.p, j4.r
from j1
  join (j2 left join (j3 join j4 on (j3.r = j4.r)) on ((j2.q = j3.q) and j2.r > 0))
    on j1.p = j2.p
--- view v_bracketed_right
select j2.r from j2 right join (j3 join j4 on j3.p = j4.p) on j2.p = j3.p
--- group decimal_join
--- setup
create table invoice (number numeric, customer numeric(10,2))
--- view v_numbers
select number from invoice
--- view v_invoice_join
select invoice.customer, v_numbers.number as invoice_number
from invoice, v_numbers where invoice.number = v_numbers.number
--- group maths
--- setup
CREATE TABLE measure (m int)
--- view v_roots
SELECT SQRT(m) root_of_m, POW(m, 2) AS squared, ABS(m), MOD(m, 3), m DIV 2, ROUND(m / 3, 2)
  FROM measure
--- view v_signs
SELECT SIGN(m), CEILING(m / 2), FLOOR(m / 2), GREATEST(m, 0), LEAST(m, 100) FROM measure
--- group case_and_nulls
--- setup
create table task (state char(1), due date, done_on date)
--- view v_state_words
select case state when 'o' then 'open' when 'c' then 'closed' else 'other' end as word
  from task
--- view v_lateness
select case when done_on is null then 'pending' when done_on > due then 'late'
  else 'on time' end as lateness from task
--- view v_null_handling
select coalesce(done_on, due) as day, ifnull(state, '?') as st, nullif(state, 'x') as nx,
  if(due is null, 0, 1) as has_due from task
--- group casts_and_converts
--- setup
create table raw_value (txt varchar(30), num int)
--- view v_converted
select cast(txt as date) as d, cast(num as char) as c, convert(txt, datetime) as dt,
  cast(num as double) as dbl, convert(txt using utf8mb4) as u from raw_value
--- view v_binary
select binary txt as b, cast(txt as binary(4)) as b4 from raw_value
--- group grouping
--- setup
create table visit_log (site varchar(20), visitor int, seconds int)
--- view v_busy_sites
select site, count(distinct visitor) as people from visit_log group by site
  having count(*) > 10 order by people desc
--- view v_rollup
select site, sum(seconds) from visit_log group by site with rollup
--- view v_two_keys
select site, visitor, count(*) c from visit_log group by site, visitor having c > 1
--- group quantified
--- setup
create table bid (lot int, amount int)
--- setup
create table reserve (lot int, minimum int)
--- view v_above_every_reserve
select lot from bid where amount > all (select minimum from reserve)
--- view v_above_some_reserve
select lot from bid where amount >= some (select minimum from reserve where reserve.lot = bid.lot)
--- view v_not_equal_any
select lot from bid where amount <> any (select minimum from reserve)
--- view v_row_in
select lot from bid where (lot, amount) in (select lot, minimum from reserve)
--- view v_between
select lot from bid where amount between 10 and 20 and lot not between 5 and 6
--- group newer_syntax
--- setup
create table lap (runner varchar(10), lap_no int, seconds int)
--- view v_ranked
select runner, lap_no, rank() over (partition by lap_no order by seconds) as place,
  sum(seconds) over (partition by runner order by lap_no rows between unbounded preceding
  and current row) as elapsed from lap
--- view v_with_best
with best as (select runner, min(seconds) as fastest from lap group by runner)
select runner, fastest from best where fastest < 60
--- view v_recursive_count
with recursive n (i) as (select 1 union all select i + 1 from n where i < 5) select i from n
--- view v_both_laps
select runner from lap where lap_no = 1 intersect select runner from lap where lap_no = 2
--- view v_only_first
select runner from lap where lap_no = 1 except select runner from lap where lap_no = 2
--- view v_commented
select runner /* the name */, seconds -- the time
  from lap # every lap
--- view v_double_quoted_text
select "fast" as word, 'a "quoted" word' as sentence from lap
