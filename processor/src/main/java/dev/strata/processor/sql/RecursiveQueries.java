package dev.strata.processor.sql;

import java.util.List;

/**
 * Where a query's recursive common table expressions are defined ({@code WITH RECURSIVE r(n) AS
 * (...)}). H2 reads the columns of such an expression as text while it reads the expression's own
 * query, before the query's first part has given them their types; so a type H2 names there is not
 * the one PostgreSQL gives.
 */
public final class RecursiveQueries {

  private RecursiveQueries() {}

  /**
   * Whether the character at {@code offset} of {@code sql} stands in the query of a recursive
   * common table expression; false for a query that cannot be read.
   */
  public static boolean encloses(String sql, int offset) {
    try {
      List<SqlToken> code = QueryStructure.code(SqlTokenizer.tokenizeAsPostgres(sql));
      for (int[] query : CommonTableExpressions.recursiveQueries(code)) {
        if (offset > code.get(query[0]).start() && offset < code.get(query[1]).start()) {
          return true;
        }
      }
      return false;
    } catch (InvalidQueryException e) {
      return false;
    }
  }
}
