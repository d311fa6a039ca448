package dev.strata.processor.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The calls of named aggregate functions in a query written for PostgreSQL, with where each one's
 * argument stands in the text, so that the argument's type can be asked of the database that ran
 * the query ({@code MAX(flag)}, {@code bool_and(DISTINCT x > 0)}, {@code SUM(n) OVER (...)}).
 */
public final class AggregateCalls {

  private AggregateCalls() {}

  /**
   * One call.
   *
   * @param function the function's name, in lower case
   * @param call the call as written, from its name to its closing bracket
   * @param argument the argument as written, after a {@code DISTINCT} or {@code ALL}
   * @param argumentStart where the argument starts in the query
   */
  public record Call(String function, String call, String argument, int argumentStart) {

    /** The query with this call's argument replaced by {@code replacement}. */
    public String withArgument(String sql, String replacement) {
      return sql.substring(0, argumentStart)
          + replacement
          + sql.substring(argumentStart + argument.length());
    }
  }

  /**
   * The calls of {@code functions} (lower-case names) in {@code sql}, in the order written, each
   * with one argument; none when the query cannot be read (an unclosed quote is reported where it
   * is parsed). A qualified name ({@code s.max(x)}) is a function of the user's, not PostgreSQL's.
   */
  public static List<Call> of(String sql, Set<String> functions) {
    try {
      return of(sql, SqlTokenizer.tokenizeAsPostgres(sql), functions);
    } catch (InvalidQueryException e) {
      return List.of();
    }
  }

  /** As {@link #of(String, Set)}, over {@code tokens}, the query as one database reads it. */
  static List<Call> of(String sql, List<SqlToken> tokens, Set<String> functions) {
    ForeignTokens code = new ForeignTokens(tokens);
    List<Call> calls = new ArrayList<>();
    for (int at = 0; at + 1 < code.size(); at++) {
      if (code.kind(at) != SqlToken.Kind.WORD
          || !functions.contains(code.lower(at))
          || !code.are(at + 1, "(")
          || code.are(at - 1, ".")) {
        continue;
      }
      int closing = code.afterClosing(at + 1) - 1;
      int first = code.are(at + 2, "distinct") || code.are(at + 2, "all") ? at + 3 : at + 2;
      if (!code.are(closing, ")") || first >= closing || hasComma(code, first, closing)) {
        continue;
      }
      SqlToken last = code.token(closing - 1);
      int start = code.token(first).start();
      int end = last.start() + last.text().length();
      calls.add(
          new Call(
              code.lower(at).toLowerCase(Locale.ROOT),
              sql.substring(code.token(at).start(), code.token(closing).start() + 1),
              sql.substring(start, end),
              start));
    }
    return List.copyOf(calls);
  }

  /** Whether a comma outside nested brackets stands between {@code from} and {@code to}. */
  private static boolean hasComma(ForeignTokens code, int from, int to) {
    for (int i = from; i < to; i++) {
      if (code.are(i, "(")) {
        i = code.afterClosing(i) - 1;
      } else if (code.are(i, ",")) {
        return true;
      }
    }
    return false;
  }
}
