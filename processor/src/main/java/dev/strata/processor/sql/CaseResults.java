package dev.strata.processor.sql;

import dev.strata.processor.sql.FunctionCalls.Argument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The results of each {@code CASE} expression in a query written for PostgreSQL: what follows each
 * of its {@code THEN}s and its {@code ELSE}, with where each one stands in the text, so that their
 * types can be asked of the database that ran the query. PostgreSQL gives a {@code CASE} one type
 * for all its results, as it gives one to the arguments of {@code COALESCE}.
 */
public final class CaseResults {

  private CaseResults() {}

  /**
   * One {@code CASE}.
   *
   * @param text the expression as written, from {@code CASE} to {@code END}
   * @param start where it starts in the query
   * @param results its results, in the order written
   */
  public record Case(String text, int start, List<Argument> results) {

    public Case {
      results = List.copyOf(results);
    }
  }

  /**
   * The {@code CASE} expressions of {@code sql} with two results or more, in the order written;
   * none when the query cannot be read (an unclosed quote is reported where it is parsed).
   */
  public static List<Case> of(String sql) {
    Optional<ForeignTokens> tokens = ForeignTokens.ofPostgres(sql);
    if (tokens.isEmpty()) {
      return List.of();
    }
    ForeignTokens code = tokens.get();
    List<Case> cases = new ArrayList<>();
    for (int at = 0; at < code.size(); at++) {
      if (code.are(at, "case")) {
        int end = end(code, at);
        List<Argument> results = results(sql, code, at, end);
        if (end < code.size() && results.size() > 1) {
          SqlToken last = code.token(end);
          cases.add(
              new Case(
                  sql.substring(code.token(at).start(), last.start() + 3),
                  code.token(at).start(),
                  results));
        }
      }
    }
    return List.copyOf(cases);
  }

  /** The index of the {@code END} of the {@code CASE} at {@code at}; the size if none. */
  static int end(ForeignTokens code, int at) {
    int depth = 0;
    for (int i = at; i < code.size(); i++) {
      if (code.are(i, "(")) {
        i = code.afterClosing(i) - 1;
      } else if (code.are(i, "case")) {
        depth++;
      } else if (code.are(i, "end") && --depth == 0) {
        return i;
      }
    }
    return code.size();
  }

  /** What follows each {@code THEN} and the {@code ELSE} of the {@code CASE} at {@code at}. */
  private static List<Argument> results(String sql, ForeignTokens code, int at, int end) {
    List<Argument> results = new ArrayList<>();
    int start = -1;
    for (int i = at + 1; i <= end && i < code.size(); i++) {
      if (code.are(i, "(")) {
        i = code.afterClosing(i) - 1;
      } else if (code.are(i, "case")) {
        i = end(code, i);
      } else if (code.are(i, "when") || code.are(i, "else") || i == end) {
        if (start >= 0 && i > start) {
          results.add(FunctionCalls.argument(sql, code, start, i));
        }
        start = code.are(i, "else") ? i + 1 : -1;
      } else if (code.are(i, "then")) {
        start = i + 1;
      }
    }
    return results;
  }
}
