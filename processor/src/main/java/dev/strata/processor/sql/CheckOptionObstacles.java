package dev.strata.processor.sql;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds, at the top level of a query, what makes its view one that PostgreSQL or MySQL/MariaDB
 * cannot update, and so one that each refuses {@code WITH CHECK OPTION} on: both refuse {@code
 * DISTINCT}, {@code GROUP BY}, {@code HAVING}, {@code LIMIT}, {@code OFFSET}, {@code FETCH}, a set
 * operation, an aggregate or a window function, and a query without {@code FROM}; PostgreSQL also a
 * {@code WITH}, a query that reads more than one relation and {@code TABLESAMPLE}; MySQL and
 * MariaDB an outer join, and, where the {@code FROM} names one table, a subquery of the select list
 * or the {@code WHERE} that reads it. Otherwise only what stands outside every bracket counts: a
 * {@code GROUP BY} in a subquery of the {@code WHERE} leaves the view updatable.
 */
public final class CheckOptionObstacles {

  private static final Set<String> AGGREGATES =
      Set.of(
          "count",
          "sum",
          "avg",
          "min",
          "max",
          "array_agg",
          "string_agg",
          "group_concat",
          "json_agg",
          "jsonb_agg",
          "json_object_agg",
          "jsonb_object_agg",
          "json_arrayagg",
          "json_objectagg",
          "bool_and",
          "bool_or",
          "every",
          "bit_and",
          "bit_or",
          "bit_xor",
          "stddev",
          "stddev_pop",
          "stddev_samp",
          "variance",
          "var_pop",
          "var_samp",
          "listagg");
  private static final Set<String> SET_OPERATIONS = Set.of("union", "intersect", "except");
  private static final Set<String> ROW_LIMITS = Set.of("limit", "offset", "fetch");
  private static final Set<String> AFTER_FROM_LIST =
      Set.of("where", "group", "having", "window", "order", "limit", "offset", "fetch", "union");
  private static final Set<String> OUTER_JOINS = Set.of("left", "right", "full");

  private CheckOptionObstacles() {}

  /**
   * What in {@code sql} makes {@code database} ({@code postgresql}, {@code mysql} or {@code
   * mariadb}) refuse its view a check option, in words ({@code "GROUP BY"}), if anything does; a
   * query that is not one well-formed query has none here, its own check reporting it.
   */
  public static Optional<String> of(String sql, String database) {
    List<SqlToken> code;
    boolean postgres = database.equals("postgresql");
    try {
      code = QueryStructure.code(QueryReadings.of(sql, !postgres).checked());
    } catch (InvalidQueryException e) {
      return Optional.empty();
    }
    if (postgres && !code.isEmpty() && code.get(0).is("with")) {
      return Optional.of("WITH");
    }
    TopLevel top = new TopLevel(code, postgres);
    if (top.obstacle.isPresent() || postgres || code.get(0).is("with")) {
      return top.obstacle;
    }
    return readInSubquery(code, top);
  }

  /** One pass over the tokens outside every bracket. */
  private static final class TopLevel {
    final int[] depths;
    int from = -1;
    int where = -1;
    // whether the FROM list joins relations
    boolean joins;
    Optional<String> obstacle = Optional.empty();

    TopLevel(List<SqlToken> code, boolean postgres) {
      depths = new int[code.size()];
      int depth = 0;
      boolean fromList = false;
      boolean selects = false;
      for (int i = 0; i < code.size() && obstacle.isEmpty(); i++) {
        depths[i] = depth;
        SqlToken token = code.get(i);
        String word = QueryStructure.lower(token);
        if (token.is("(") || token.is(")")) {
          depth += token.is("(") ? 1 : -1;
        } else if (depth == 0) {
          obstacle = obstacle(code, i, word);
          selects |= word.equals("select");
          boolean fromClause = QueryStructure.startsFromClause(code, i);
          from = from < 0 && fromClause ? i : from;
          where = where < 0 && word.equals("where") ? i : where;
          fromList = fromClause || (fromList && !AFTER_FROM_LIST.contains(word));
          joins |= fromList && (word.equals(",") || QueryStructure.JOINS.contains(word));
          if (postgres && joins) {
            obstacle = Optional.of("a join");
          } else if (postgres && fromList && word.equals("tablesample")) {
            obstacle = Optional.of("TABLESAMPLE");
          } else if (!postgres && fromList && outerJoin(code, i, word)) {
            obstacle = Optional.of("an outer join");
          }
        }
      }
      if (obstacle.isEmpty() && selects && from < 0) {
        obstacle = Optional.of("no FROM");
      }
    }
  }

  /** {@code LEFT [OUTER] JOIN}, {@code RIGHT ...}, {@code FULL ...}: not a call of {@code LEFT}. */
  private static boolean outerJoin(List<SqlToken> code, int i, String word) {
    return OUTER_JOINS.contains(word)
        && i + 1 < code.size()
        && (code.get(i + 1).is("join") || code.get(i + 1).is("outer"));
  }

  /**
   * MySQL's and MariaDB's rule: a subquery of the select list or the {@code WHERE} that reads the
   * table the {@code FROM} names, where it names one; a join view they update by one table, and
   * take such a subquery (measured on MariaDB 10.11). Not after a {@code WITH}, whose names would
   * need their scopes.
   */
  private static Optional<String> readInSubquery(List<SqlToken> code, TopLevel top) {
    if (top.from < 0 || top.joins) {
      return Optional.empty();
    }
    int fromEnd = top.where < 0 ? code.size() : top.where;
    Map<Integer, String> named = RelationScanner.named(code);
    Set<String> read = new TreeSet<>();
    named.forEach(
        (at, name) -> {
          if (at > top.from && at < fromEnd && top.depths[at] == 0) {
            read.add(name);
          }
        });
    for (Map.Entry<Integer, String> entry : named.entrySet()) {
      int at = entry.getKey();
      boolean subquery = top.depths[at] > 0 && (at < top.from || at > fromEnd);
      if (subquery && read.contains(entry.getValue())) {
        return Optional.of("a subquery that reads " + entry.getValue() + ", a table of its FROM");
      }
    }
    return Optional.empty();
  }

  /**
   * {@code LIMIT 5}, {@code LIMIT (5)}, {@code LIMIT ALL}, {@code LIMIT NULL}, {@code OFFSET 5},
   * {@code FETCH FIRST}: the clause, not a column of that name.
   */
  private static boolean limits(List<SqlToken> code, int i, String word) {
    if (!ROW_LIMITS.contains(word) || i + 1 >= code.size()) {
      return false;
    }
    SqlToken next = code.get(i + 1);
    return next.kind() == SqlToken.Kind.NUMBER
        || (!word.equals("fetch") && next.is("("))
        || (word.equals("limit") && (next.is("all") || next.is("null")))
        || (word.equals("fetch") && (next.is("first") || next.is("next")));
  }

  /** What the word at {@code i}, outside every bracket, makes the view, for both databases. */
  private static Optional<String> obstacle(List<SqlToken> code, int i, String word) {
    boolean called = i + 1 < code.size() && code.get(i + 1).is("(");
    boolean qualified = i > 0 && code.get(i - 1).is(".");
    if (word.equals("distinct") && i > 0 && code.get(i - 1).is("select")) {
      return Optional.of("DISTINCT");
    }
    if (word.equals("group") && i + 1 < code.size() && code.get(i + 1).is("by")) {
      return Optional.of("GROUP BY");
    }
    if (word.equals("having") || SET_OPERATIONS.contains(word) || limits(code, i, word)) {
      return Optional.of(word.toUpperCase(Locale.ROOT));
    }
    if (word.equals("over") && i > 0 && code.get(i - 1).is(")")) {
      return Optional.of("a window function");
    }
    if (called && !qualified && AGGREGATES.contains(word)) {
      return Optional.of("an aggregate function (" + code.get(i).text() + ")");
    }
    return Optional.empty();
  }
}
