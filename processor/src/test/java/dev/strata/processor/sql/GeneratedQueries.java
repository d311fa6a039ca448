package dev.strata.processor.sql;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random well-formed queries for the fuzz properties: select lists with every sort of literal and
 * operator the tokenizer distinguishes, joins, subqueries, common table expressions and set
 * operators. None ends in a line comment, and no literal holds the word FROM, so that the mutations
 * know what they break.
 */
final class GeneratedQueries {

  private GeneratedQueries() {}

  static Arbitrary<String> queries() {
    Arbitrary<String> select =
        Combinators.combine(selectList(), from(), where(), tail())
            .as((items, from, where, tail) -> "SELECT " + items + " FROM " + from + where + tail);
    return Combinators.combine(select, Arbitraries.integers().between(0, 3), select)
        .as(
            (first, shape, second) ->
                switch (shape) {
                  case 0 -> first;
                  case 1 -> first + " UNION ALL " + second;
                  case 2 -> "WITH c AS (" + second + ") " + first.replace(" FROM t", " FROM c");
                  default -> "(" + first + ") EXCEPT (" + second + ")";
                });
  }

  private static Arbitrary<String> selectList() {
    return expression().list().ofMinSize(1).ofMaxSize(4).map(GeneratedQueries::aliased);
  }

  private static String aliased(java.util.List<String> expressions) {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < expressions.size(); i++) {
      items.append(i == 0 ? "" : ", ").append(expressions.get(i)).append(" AS c").append(i);
    }
    return items.toString();
  }

  static Arbitrary<String> expression() {
    Arbitrary<String> atom =
        Arbitraries.of(
            "a",
            "t.b",
            "\"Quoted Col\"",
            "`back`",
            "42",
            "1.5e-3",
            "'it''s'",
            "'a\\'b'",
            "E'x\\ny'",
            "$$dollar; -- not a comment$$",
            "$q$tag'd$q$",
            "q'[oracle's]'",
            "N'national'",
            "NULL",
            "TRUE",
            "CURRENT_DATE",
            "d ->> 'k'",
            "d #> '{a,b}'",
            "x::int",
            "COUNT(*)",
            "SUM(a) OVER (ORDER BY b ROWS UNBOUNDED PRECEDING)",
            "ROW_NUMBER() OVER (PARTITION BY a ORDER BY b DESC)",
            "CASE WHEN a > 1 THEN 'big' ELSE 'small' END",
            "EXTRACT(YEAR FROM d)",
            "(SELECT MAX(v) FROM film_list)",
            "COALESCE(a, b, 0)",
            "a /* inline */ + 1");
    Arbitrary<String> operator = Arbitraries.of(" + ", " - ", " * ", " || ", " = ", " <> ");
    return Combinators.combine(atom, operator, atom, Arbitraries.integers().between(0, 2))
        .as(
            (left, op, right, shape) ->
                switch (shape) {
                  case 0 -> left;
                  case 1 -> left + op + right;
                  default -> "(" + left + op + right + ")";
                });
  }

  private static Arbitrary<String> from() {
    return Arbitraries.of(
        "t",
        "t JOIN u ON u.id = t.id",
        "t LEFT JOIN s.u AS x ON x.id = t.id",
        "t, LATERAL (SELECT * FROM u WHERE u.a = t.a) l",
        "(SELECT * FROM t WHERE a IS NOT NULL) t",
        "t CROSS JOIN unnest(ARRAY[1, 2]) AS n(v)");
  }

  private static Arbitrary<String> where() {
    return Arbitraries.of(
        "",
        " WHERE a = 1",
        " WHERE a IN (1, 2, 3) AND b LIKE 'x%'",
        " WHERE EXISTS (SELECT 1 FROM v WHERE v.a = t.a)",
        " WHERE a BETWEEN 1 AND 10 OR b IS NULL",
        " WHERE a = 1 -- a comment\n AND b = 2");
  }

  private static Arbitrary<String> tail() {
    return Arbitraries.of(
        "", " GROUP BY a HAVING COUNT(*) > 1", " ORDER BY a DESC", " LIMIT 10", " FOR UPDATE");
  }
}
