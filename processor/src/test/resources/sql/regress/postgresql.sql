-- View queries for PostgreSQL, for RegressionSuiteOracleTest: each query as the @View's
-- postgresql dialect query, against the CREATE VIEW run directly on the server.
--
-- The queries and tables were written here for this test, modelled on the kinds of query that
-- PostgreSQL's own regression tests of views exercise: views over views, column renames through
-- aliases, subqueries (IN, EXISTS, scalar, derived tables, LATERAL), joins of every kind (cross,
-- natural, USING with and without a join alias, full joins, column alias lists, tables with a
-- dropped column), set operations, casts and type names, literals of unknown type, VALUES, a
-- sequence, a set-returning function, composite and array expressions, the SQL-standard special
-- functions, operator precedence with brackets (the XOR operator # among them), ORDER BY, LIMIT
-- and DISTINCT ON, quoted names, and queries a view may not hold. The group "window" holds window
-- functions and their frames; the group "with" holds WITH and WITH RECURSIVE queries. Each group
-- runs on a schema of its own.
-- Format: "--- group", "--- setup" and "--- view NAME" start a block; a block's text is one
-- statement, without its ";".
--- group basics
--- setup
create table crew (full_name text, years int4, post point, wage int4, chief name)
--- setup
create table gadget (code int primary key, label varchar(20))
--- setup
create table meter (level int, flow int)
--- setup
create table stock (qty int, id int)
--- setup
create table stock_spare (qty int, id int)
--- setup
create table stock_extra (qty int, id int)
--- setup
create sequence ticket_seq
--- view crew_yearly
select full_name, years, post, wage * 12 as yearly_wage from crew
--- view gadget_grouped
select * from gadget group by code
--- view gadget_no_columns
select from gadget group by code having length(label) > 3
--- view meter_all
select * from meter
--- view meter_high
select * from meter where level > 20
--- view meter_sorted
select level, flow from meter where level >= 4 order by flow desc, level
--- view meter_tagged
select 'm', * from meter
--- view meter_exact
select level, flow::numeric(10, 2) from meter
--- view meter_padded
select level, flow, 0 as spare, null::int as unknown_flow from meter
--- view stock_all
select * from stock
--- view stock_extra_all
select * from stock_extra
--- view stock_pairs
select s.qty as main_qty, p.qty as spare_qty
  from stock s, stock_spare p
  where s.id = p.id
--- view stock_triples
select s.qty as main_qty, p.qty as spare_qty, e.qty as extra_qty
  from stock s, stock_spare p, stock_extra e
  where s.id = p.id and p.id = e.id
--- view stock_in_spare
select * from stock where id in (select id from stock_spare where qty > 0)
--- view stock_beside_spare
select s.id, d.qty from stock s, (select * from stock_spare) d
--- view stock_if_spare
select * from stock where exists (select 1 from stock_spare)
--- view stock_unless_extra
select * from stock where not exists (select 1 from stock_extra where stock_extra.id = stock.id)
--- view stock_always
select * from stock where exists (select 42)
--- view stock_beside_view
select * from stock_beside_spare
--- view stock_joined_to_view
select s.id, v.qty from stock s, stock_beside_view v
--- view stock_view_flag
select true as seen from stock_joined_to_view
--- view ticket_state
select last_value, is_called from ticket_seq
--- view meter_top_three
select level from meter order by level desc limit 3 offset 1
--- view meter_first_rows
select level, flow from meter order by level fetch first 2 rows only
--- view meter_distinct_on
select distinct on (level) level, flow from meter order by level, flow desc
--- view meter_distinct
select distinct flow from meter
--- group joins
--- setup
create table shelf (num int, title text)
--- setup
create table loan (num2 int, borrower text)
--- setup
create table loan_archive (num2 int, borrower text)
--- setup
create table box_a (a int, b int)
--- setup
create table box_b (c int, d int)
--- setup
create table box_c (e int, f int)
--- setup
create table box_d (g int, h int)
--- setup
create table box_scratch (i int, j int)
--- setup
create table box_a2 (a int, k int)
--- view shelf_times_loan
select * from shelf cross join loan
--- view shelf_times_archive
select * from shelf cross join loan_archive
--- view shelf_inner_loan
select * from shelf inner join loan on shelf.num = loan.num2
--- view shelf_left_loan
select * from shelf left join loan on shelf.num = loan.num2
--- view shelf_left_named_loan
select * from shelf left join loan on shelf.num = loan.num2 and loan.borrower = 'ann'
--- view shelf_left_named_archive
select * from shelf left outer join loan_archive on shelf.num = loan_archive.num2
  and loan_archive.borrower <> 'bob'
--- view box_between
select * from box_a where box_a.a
  between (select d from box_b where c = 7) and (select e from box_c where f = 9)
  and exists (select g from box_d left join box_c on box_d.h = box_c.f)
--- view box_between_scratch
select * from box_a where box_a.b
  between (select c from box_b where d = 1) and (select f from box_c where e = 2)
  and not exists (select h from box_d left join box_scratch on box_d.g = box_scratch.i)
--- view box_zero
select * from box_a where a = 0
--- view box_nonzero
select * from box_a where a <> 0
--- view box_repeated_alias
select * from
  (select * from (box_a cross join box_b) twin) outer_part,
  (box_c cross join box_d) twin
--- view box_using
select * from box_a join box_a2 using (a)
--- view box_using_alias
select * from box_a join box_a2 using (a) as shared_a
--- view box_using_bracketed
select * from (box_a join box_a2 using (a)) as whole
--- view box_using_alias_bracketed
select * from (box_a join box_a2 using (a) as shared_a) as whole
--- view box_using_alias_column
select shared_a.a, box_a2.k from box_a join box_a2 using (a) as shared_a
--- view shelf_lent
select * from shelf where exists (select 1 from loan where loan.num2 = shelf.num)
--- view shelf_lent_outer_alias
select * from shelf s where exists (select 1 from loan where loan.num2 = s.num)
--- view shelf_lent_inner_alias
select * from shelf where exists (select 1 from loan l where l.num2 = shelf.num)
--- view shelf_lent_same_alias
select * from shelf x where x.num in (select x.num2 from loan x where x.borrower is not null)
--- group natural_joins
--- setup
create table plot (a int, b int, c int)
--- setup
create table field (ax int8, b int2, c numeric)
--- setup
create table furrow (ay int, b int, q int)
--- setup
create table left_half (a int, b int)
--- setup
create table right_half (c int, d int)
--- setup
create table gapped (x int, gone int, y int)
--- setup
alter table gapped drop column gone
--- setup
create table partner (x int, z int)
--- setup
create table gapped_dated (x date, gone int, y int)
--- setup
alter table gapped_dated drop column gone
--- setup
create table partner_stamped (x timestamptz, z int)
--- setup
create table ring_one (x int, gone int, y int)
--- setup
alter table ring_one drop column gone
--- setup
create table ring_two (x int, z int)
--- setup
create table hop_one (x int, y int)
--- setup
create table hop_two (x int, z int)
--- setup
create table hop_three (z int, q int)
--- view plot_natural
select * from plot natural join field
--- view plot_natural_aliased
select * from (plot natural join field) nat
--- view plot_using_twice
select * from plot join field using (b, c) join furrow using (b)
--- view plot_using_twice_aliased
select * from (plot join field using (b, c) join furrow using (b)) both_joins
--- view plot_full_using
select * from plot join field using (b, c) full join furrow using (b)
--- view halves_renamed
select * from (left_half cross join right_half) renamed(w1, w2, w3, w4)
--- view plot_natural_again
select * from plot_natural
--- view gapped_union
select * from (values (10, 20, 30, 40, 50)) v(a, b, c, d, e)
union all
select * from gapped full join partner using (x), partner other_partner
--- view gapped_union_wider
select * from (values (1, 1, 2, 3, 5, 8)) v(a, b, c, x, e, f)
union all
select * from
  gapped full join partner using (x),
  gapped g2 full join partner p2 using (x)
--- view gapped_union_widest
select * from (values (1, 2, 4, 8, 16, 32, 64)) v(a, b, c, x, e, f, g)
union all
select * from
  gapped full join partner using (x),
  gapped g2 full join partner p2 using (x) full join partner p3 using (x)
--- view gapped_union_dated
select * from (values (now(), 5, 6, now(), 7)) v(a, b, c, d, e)
union all
select * from gapped_dated left join partner_stamped using (x), partner_stamped ps
--- view ring_columns
select x, y, z from ring_one join ring_two using (x)
--- view hop_columns
select x, y, z, q from
  (hop_one join hop_two using (x)) join hop_three using (z)
--- view halves_natural_inner
select * from left_half natural inner join right_half
--- view halves_natural_left
select * from left_half natural left join right_half
--- view halves_natural_full
select * from left_half natural full join plot
--- group expressions
--- setup
create table pair (q1 int8, q2 int8)
--- setup
create type pair_holder as (held pair)
--- setup
create table ledger (entry text, gone text, amount text, memo text)
--- setup
alter table ledger drop column gone
--- setup
create function ledger_rows() returns setof ledger language sql stable as
$$ select * from ledger order by entry $$
--- setup
create table "Odd Names" ("Mixed Case" int, "with space" text, "select" int)
--- view ledger_rows_view
select r.* from ledger_rows() r
--- view pair_wrapped
select row(p)::pair_holder from pair p
--- view pair_lateral_values
select * from pair p, lateral (values (p)) lv
--- view pair_lateral_subquery
select p.q1, later.total from pair p,
  lateral (select p.q1 + p.q2 as total) later
--- view pair_in_values
select * from pair p where p in (values (p))
--- view pair_long_aliases
select * from pair aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1
  union all
  select * from pair aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa2
--- view pair_renamed_union
select q1 as first_half, q2 as second_half from pair
union
select 7, 8
--- view pair_intersect
select q1 from pair intersect select q2 from pair
--- view pair_except
select q1 from pair except all select q2 from pair where q2 > 0
--- view unknown_literals
select 7 as whole, 7.25 as fraction, 'bar' as word, 'bar'::unknown as word2, null as nothing
--- view values_with_types
select * from (
    values
       ('xy'::varchar(2), 'long text here', 7, 'wxyz'::varchar(4)),
       ('longer text', 'ab'::varchar(2), 7.5, 'wx'::varchar(4))
  ) vals(p, q, r, s)
--- view array_any
select 'kiwi'::text = any(array['fig', 'kiwi', 'lime']::text[]) as listed,
       'plum'::text = any((select array['fig', 'plum']::text[])::text[]) as listed_sub
--- view array_parts
select array[q1, q2] as both_q, (array[q1, q2, 0])[2] as second,
       (array[1, 2, 3, 4])[2:3] as middle, array_length(array[q1], 1) as n,
       cardinality(array[[1, 2], [3, 4]]) as cells
from pair
--- view row_comparisons
select row(q1, q2) = row(q2, q1) as mirrored, (q1, q2) < (5, 6) as smaller,
       (q1, q2) is distinct from (null, 1) as differs
from pair
--- view from_functions
select * from
  coalesce(3, 4) as c,
  collation for ('y'::text) col,
  current_date as today,
  localtimestamp(2) as stamp,
  cast(2 * 5 as int4) as small,
  cast(2 * 5 as int8) as big
--- view special_functions
select
  extract(month from now()) as month_now,
  (now(), '2 hours'::interval) overlaps
    (current_timestamp(1), '1 hour'::interval) as clash,
  'abc' is normalized as is_nfc,
  'abc' is nfkd normalized as is_nfkd,
  normalize('abc') as nfc,
  normalize('abc', nfkc) as nfkc,
  overlay('abcdef' placing 'zz' from 3) as laid,
  overlay('abcdef' placing 'zz' from 3 for 1) as laid2,
  position('cd' in 'abcdef') as at,
  substring('abcdef' from 2 for 2) as part,
  substring('abcdef' similar 'a#"bc#"%' escape '#') as sim,
  substring('abcdef' from 'c.e') as rx,
  trim(both 'x' from 'xxabcxx') as both_trim,
  trim(leading 'x' from 'xxabc') as lead_trim,
  trim(trailing 'abcxx', 'x') as tail_trim,
  trim('\x00'::bytea from '\x0061620000'::bytea) as bytes_trim,
  trim(leading '\x00'::bytea from '\x000061'::bytea) as bytes_lead
--- view type_names
select 1::smallint as s, 2::integer as i, 3::bigint as b, 4.5::real as r,
       6.25::double precision as d, 7::numeric(6, 2) as n, 'ab'::character varying(5) as v,
       'c'::character(3) as ch, '12:30'::time without time zone as t,
       '2024-01-02 03:04:05+00'::timestamp with time zone as tz,
       '1 day 2 hours'::interval as iv, true::boolean as flag, '{1,2}'::int[] as arr
--- view cases_and_strings
select q1, case when q1 > q2 then 'up' when q1 < q2 then 'down' else 'flat' end as trend,
       q1::text || '-' || q2::text as joined, nullif(q1, 0) as nonzero,
       greatest(q1, q2) as top, least(q1, q2) as bottom
from pair
--- view filtered_aggregates
select count(*) filter (where q1 > 0) as positives, sum(q2) as total,
       string_agg(q1::text, ',' order by q1) as listing, bool_and(q1 = q2) as all_equal
from pair
--- view quoted_names
select "Mixed Case", "with space" as "Label Here", "select" + 1 as "from"
from "Odd Names" as "Alias"
--- view cte_whole_rows
with pairs as materialized (select v from (values (5, 6), (7, 8)) v)
select (v).column2 as col_x, (w).column2 as col_y from
  pairs join (select w from (values (5, 60), (7, 80)) w limit 2) lim
  on (v).column1 = (w).column1
--- view cte_keywords
with kw as materialized (select pg_get_keywords() k)
select (k).catcode, (k).word from kw
--- view operator_brackets
select a + b + c as s1,
       (a * b) - c as s2,
       a - (b * c) as s3,
       (a - b) * c as s4,
       a * (b - c) as s5,
       a - (b - c) as s6,
       a + (b # c) as s7,
       (a < b) and (b < c or a < c) as s8,
       (a < b) or (b < c and not (a < c)) as s9,
       (a, b) <> all (values (4, 5), (6, 7)) as s10,
       (a, b) >= any (values (4, 5), (6, 7)) as s11
from (values (4, 5, 6)) t(a, b, c)
--- group window
--- view win_rows
select n, sum(n) over (order by n rows between 2 preceding and current row) as running
  from generate_series(1, 12) n
--- view win_exclude_current
select n, avg(n) over (order by n rows between 1 preceding and 2 following
  exclude current row) as near from generate_series(1, 12) n
--- view win_exclude_group
select n, max(n) over (order by n rows between 2 preceding and 1 following
  exclude group) as near from generate_series(1, 12) n
--- view win_exclude_ties
select n, count(n) over (order by n rows between unbounded preceding and 1 following
  exclude ties) as near from generate_series(1, 12) n
--- view win_exclude_nothing
select n, min(n) over (order by n rows between current row and unbounded following
  exclude no others) as near from generate_series(1, 12) n
--- view win_groups
select n, sum(n) over (order by n groups between 2 preceding and 2 following) as near
  from generate_series(1, 12) n
--- view win_range_interval
select t, max(t) over (order by t range between '2 days' preceding and '1 day' following)
  as latest
  from generate_series(now(), now() + '30 days'::interval, '6 hours') t
--- view win_partitions
select n % 3 as bucket, n, row_number() over (partition by n % 3 order by n desc) as place,
       lag(n, 1, 0) over w as previous, first_value(n) over w as first_in_bucket
  from generate_series(1, 12) n
  window w as (partition by n % 3 order by n)
--- view win_rank
select n, rank() over (order by n / 4) as r, dense_rank() over (order by n / 4) as dr,
       ntile(3) over (order by n) as third
  from generate_series(1, 12) n
--- group with
--- setup
create table unit (
  id integer primary key,
  parent_unit integer references unit,
  title text
)
--- setup
create table branch (
  id integer primary key,
  parent_id integer references branch(id)
)
--- setup
create table edge (f int, t int, tag text)
--- setup
create table z (a integer)
--- setup
create table whole_number (n int4)
--- view unit_subtree
with recursive below as (
  -- the starting unit
  select * from unit where title = 'root'
  union all
  -- its children, again and again
  select u.* from unit as u, below as b
    where u.parent_unit = b.id
)
select * from below
--- view with_union_in_join
with recursive walk(i, k) as (
  values (1, 10)
  union all
  select steps.i, walk.k + 1 from
    (select 2 as i union all select 3 as i) as steps
    join walk on (steps.i = walk.i + 1))
select * from walk
--- view with_branch_paths
with recursive p(id, trail) as (
  values (1, array[]::integer[])
  union all
  select branch.id, p.trail || branch.id
  from branch join p on (branch.parent_id = p.id)
)
select a.*, b.* from p as a join p as b on
  (a.trail[1] = b.trail[1] and
   array_upper(a.trail, 1) = 1 and
   array_upper(b.trail, 1) > 1)
  order by a.id, b.id
--- view with_branch_counts
with recursive p(id, trail) as (
  values (1, array[]::integer[])
  union all
  select branch.id, p.trail || branch.id
  from branch join p on (branch.parent_id = p.id)
)
select a.id, count(b.*) as descendants from p as a join p as b on
  (a.trail[1] = b.trail[1] and
   array_upper(a.trail, 1) = 1 and
   array_upper(b.trail, 1) > 1)
  group by a.id
  order by a.id
--- view with_edge_walk
with recursive walk(f, t, tag, visited, looped) as (
  select *, array[row(e.f, e.t)], false from edge e
  union all
  select e.*, visited || row(e.f, e.t), row(e.f, e.t) = any(visited)
  from edge e, walk w
  where e.f = w.t and not looped
)
select * from walk
--- view with_cte_named_like_table
with recursive
  z (id) as (values (2)),
  counter (id) as (select * from z union all select id + 2 from counter where id < 9)
select * from counter
--- view with_later_item_first
with recursive
  counter (id) as (select * from seed union all select id + 3 from counter where id < 12),
  seed (id) as (values (0))
select * from counter
--- view with_two_counters
with recursive
  small (id) as
    (values (1) union all select id + 1 from small where id < 3),
  large (id) as
    (values (1) union all select id + 1 from large where id < 6)
select large.*, small.* from large left join small using (id)
--- view with_each_other
with recursive
  ping (id) as (select 0 union all select id + 1 from pong where id < 4),
  pong (id) as (select 0 union all select id + 1 from ping where id < 4)
select * from ping
--- view with_outer_column
select (with inner_cte(v) as (values (n))
        select (select v * 2 from inner_cte))
from whole_number
--- view with_recursion_inside
with recursive outer_walk(j) as (
  with recursive inner_walk(i) as (
    values (5)
    union all
    select i + 5 from inner_walk where i < 50
  )
  select i from inner_walk
  union all
  select j + 1 from outer_walk where j < 20
)
select * from outer_walk
--- view with_plain_ctes
with cheap as (select n from whole_number where n < 10),
     dear as not materialized (select n from whole_number where n >= 10)
select cheap.n as low, dear.n as high from cheap cross join dear
--- view with_insert_returning
with added as (
  insert into z values (21), (22), (23)
  returning *
)
select * from added
--- view with_update_returning
with changed as (
  update z set a = a * 2
  returning a
)
select * from changed
