package dev.strata.processor.verify;

import dev.strata.processor.sql.FunctionCalls.Argument;
import dev.strata.processor.sql.RecursiveQueries;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The type H2 gives an expression where it stands in a query that H2 has run: the query is prepared
 * again with the expression compared to a row, which H2 refuses at once naming the expression's
 * type. The comparison is bracketed, so that it binds as the expression did where an operator
 * stands beside it. So a column read through an expression, a subquery, a common table expression
 * or another view is typed as H2 typed it, with no second parser of our own. Only where H2 types a
 * recursive expression's columns as text, in that expression's own query, is the type unknown.
 */
final class H2ArgumentTypes {

  /** H2's error for two types it cannot compare, whose message names both. */
  private static final int TYPES_NOT_COMPARABLE = 90110;

  private static final Pattern FIRST_TYPE = Pattern.compile("\"([^\"]+)\"");

  private H2ArgumentTypes() {}

  /**
   * The family of {@code argument}'s type in {@code sql}; empty for a string literal alone, which
   * PostgreSQL types as the other side asks, and where H2 names no type.
   */
  static Optional<ArgumentType> typeOf(Connection connection, String sql, Argument argument) {
    return argument.untyped()
        ? Optional.empty()
        : typeOf(connection, sql, argument.start(), argument.text());
  }

  /**
   * The family of the type of {@code expression}, which stands at {@code start} in {@code sql};
   * empty if H2 names no type there (a construct of another database's own that H2 cannot prepare,
   * or a text that is no expression where it stands).
   */
  static Optional<ArgumentType> typeOf(
      Connection connection, String sql, int start, String expression) {
    return nameOf(connection, sql, start, expression).flatMap(ArgumentType::ofH2);
  }

  /**
   * H2's name of {@code argument}'s type in {@code sql}, with its precision and scale ({@code
   * NUMERIC(7, 0)}); empty where {@link #typeOf} is.
   */
  static Optional<String> nameOf(Connection connection, String sql, Argument argument) {
    return argument.untyped()
        ? Optional.empty()
        : nameOf(connection, sql, argument.start(), argument.text());
  }

  private static Optional<String> nameOf(
      Connection connection, String sql, int start, String expression) {
    String probe =
        sql.substring(0, start)
            + "(("
            + expression
            + ") = ROW(0, 0))"
            + sql.substring(start + expression.length());
    try (PreparedStatement prepared = connection.prepareStatement(probe)) {
      return Optional.empty();
    } catch (SQLException e) {
      Matcher type = FIRST_TYPE.matcher(String.valueOf(e.getMessage()));
      Optional<String> named =
          e.getErrorCode() == TYPES_NOT_COMPARABLE && type.find()
              ? Optional.of(type.group(1))
              : Optional.empty();
      // a recursive expression's own columns are text to H2 while it reads their query
      boolean placeholder =
          named.flatMap(ArgumentType::ofH2).equals(Optional.of(ArgumentType.TEXT))
              && RecursiveQueries.encloses(sql, start);
      return placeholder ? Optional.empty() : named;
    } catch (StackOverflowError e) {
      // the query ran already: a probe that H2 cannot plan tells nothing
      return Optional.empty();
    }
  }
}
