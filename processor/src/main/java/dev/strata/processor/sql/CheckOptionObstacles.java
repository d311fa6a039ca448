package dev.strata.processor.sql;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds, at the top level of a query, what makes its view one that PostgreSQL or MySQL/MariaDB
 * cannot update, and so one that each refuses {@code WITH CHECK OPTION} on: both refuse {@code
 * DISTINCT}, {@code GROUP BY}, {@code HAVING}, {@code LIMIT}, {@code OFFSET}, {@code FETCH}, a set
 * operation, an aggregate or a window function; PostgreSQL also a {@code WITH} and a query that
 * reads more than one relation. Only what stands outside every bracket counts: a {@code GROUP BY}
 * in a subquery of the {@code WHERE} leaves the view updatable.
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

  private CheckOptionObstacles() {}

  /**
   * What in {@code sql} makes {@code database} ({@code postgresql}, {@code mysql} or {@code
   * mariadb}) refuse its view a check option, in words ({@code "GROUP BY"}), if anything does; a
   * query that is not one well-formed query has none here, its own check reporting it.
   */
  public static Optional<String> of(String sql, String database) {
    List<SqlToken> code;
    try {
      code = QueryStructure.code(QueryReadings.of(sql).checked());
    } catch (InvalidQueryException e) {
      return Optional.empty();
    }
    boolean postgres = database.equals("postgresql");
    if (postgres && !code.isEmpty() && code.get(0).is("with")) {
      return Optional.of("WITH");
    }
    int depth = 0;
    boolean fromList = false;
    for (int i = 0; i < code.size(); i++) {
      SqlToken token = code.get(i);
      if (token.is("(")) {
        depth++;
      } else if (token.is(")")) {
        depth--;
      } else if (depth == 0) {
        String word = QueryStructure.lower(token);
        Optional<String> obstacle = obstacle(code, i, word);
        if (obstacle.isPresent()) {
          return obstacle;
        }
        if (word.equals("from")) {
          fromList = true;
        } else if (AFTER_FROM_LIST.contains(word)) {
          fromList = false;
        } else if (postgres && fromList && (word.equals(",") || word.endsWith("join"))) {
          return Optional.of("a join");
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@code LIMIT 5}, {@code LIMIT ALL}, {@code OFFSET 5}, {@code FETCH FIRST}: the clause, not a
   * column of that name.
   */
  private static boolean limits(List<SqlToken> code, int i, String word) {
    if (!ROW_LIMITS.contains(word) || i + 1 >= code.size()) {
      return false;
    }
    SqlToken next = code.get(i + 1);
    return next.kind() == SqlToken.Kind.NUMBER
        || (word.equals("limit") && next.is("all"))
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
