package dev.strata.processor.sql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The calls of named functions in a query written for PostgreSQL, each with its arguments and where
 * each one stands in the text, so that an argument's type can be asked of the database that ran the
 * query ({@code ROUND(price, 2)}, {@code LENGTH(code)}, {@code SUBSTRING(code FROM 1 FOR 2)}).
 */
public final class FunctionCalls {

  /**
   * The words that separate arguments, besides commas, in the functions of the standard's own
   * syntax: {@code SUBSTRING(x FROM 1 FOR 2)}, {@code POSITION('a' IN x)}, {@code TRIM(LEADING '0'
   * FROM x)}. Elsewhere such a word is part of an argument ({@code LOWER(CASE WHEN x IN ...)}).
   */
  private static final Map<String, Set<String>> KEYWORD_SEPARATORS =
      Map.of(
          "substring", Set.of("from", "for"),
          "position", Set.of("in"),
          "trim", Set.of("from"));

  private FunctionCalls() {}

  /**
   * One argument.
   *
   * @param text the argument as written
   * @param start where it starts in the query
   * @param untyped whether it is a string literal alone, which PostgreSQL types as the function's
   *     parameter asks ({@code round('1.5', 2)} rounds a numeric)
   */
  public record Argument(String text, int start, boolean untyped) {}

  /**
   * One call.
   *
   * @param function the function's name, in lower case
   * @param call the call as written, from its name to its closing bracket
   * @param start where the call starts in the query
   * @param arguments its arguments, in the order written
   */
  public record Call(String function, String call, int start, List<Argument> arguments) {

    public Call {
      arguments = List.copyOf(arguments);
    }

    /**
     * The call with each of {@code cast}, of its arguments, written as {@code CAST(argument} and
     * {@code suffix}, {@code " AS DECIMAL(30, 10))"}.
     */
    public String withArguments(List<Argument> cast, String suffix) {
      StringBuilder written = new StringBuilder(call);
      // from the last, so that the earlier ones keep their places
      for (int i = cast.size() - 1; i >= 0; i--) {
        Argument argument = cast.get(i);
        int from = argument.start() - start;
        written.replace(from, from + argument.text().length(), "CAST(" + argument.text() + suffix);
      }
      return written.toString();
    }

    /** The call with its name as written and {@code argument} replaced by {@code replacement}. */
    public String withArgument(Argument argument, String replacement) {
      int from = argument.start() - start;
      return call.substring(0, from)
          + replacement
          + call.substring(from + argument.text().length());
    }
  }

  /**
   * The calls of {@code functions} (lower-case names) in {@code sql}, in the order written, with at
   * least one argument; none when the query cannot be read (an unclosed quote is reported where it
   * is parsed). A qualified name ({@code s.round(x, 2)}) is a function of the user's, not
   * PostgreSQL's.
   */
  public static List<Call> of(String sql, Set<String> functions) {
    return ForeignTokens.ofPostgres(sql).map(code -> of(sql, code, functions)).orElse(List.of());
  }

  /**
   * As {@link #of(String, Set)}, over {@code code}, the query as one database reads it. An
   * aggregate's {@code DISTINCT} or {@code ALL} is no part of its first argument.
   */
  static List<Call> of(String sql, ForeignTokens code, Set<String> functions) {
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
      if (!code.are(closing, ")") || first >= closing) {
        continue;
      }
      String function = code.lower(at).toLowerCase(Locale.ROOT);
      Set<String> separators = KEYWORD_SEPARATORS.getOrDefault(function, Set.of());
      calls.add(
          new Call(
              function,
              sql.substring(code.token(at).start(), code.token(closing).start() + 1),
              code.token(at).start(),
              arguments(sql, code, first, closing, separators)));
    }
    return List.copyOf(calls);
  }

  /**
   * The words and numbers of {@code expression}'s code, in lower case, as PostgreSQL reads it (none
   * of a string or a comment); empty when it cannot be read.
   */
  public static Set<String> codeWords(String expression) {
    Set<String> words = new HashSet<>();
    try {
      for (SqlToken token : QueryStructure.code(SqlTokenizer.tokenizeAsPostgres(expression))) {
        if (token.kind() == SqlToken.Kind.WORD || token.kind() == SqlToken.Kind.NUMBER) {
          words.add(token.text().toLowerCase(Locale.ROOT));
        }
      }
    } catch (InvalidQueryException e) {
      return Set.of();
    }
    return Set.copyOf(words);
  }

  /** The argument made of the code tokens from {@code from} to before {@code to}. */
  static Argument argument(String sql, ForeignTokens code, int from, int to) {
    SqlToken last = code.token(to - 1);
    int start = code.token(from).start();
    boolean untyped = to == from + 1 && code.kind(from) == SqlToken.Kind.STRING;
    return new Argument(sql.substring(start, last.start() + last.text().length()), start, untyped);
  }

  private static boolean isSeparator(ForeignTokens code, int at, Set<String> separators) {
    return code.kind(at) == SqlToken.Kind.WORD && separators.contains(code.lower(at));
  }

  /** The arguments between {@code from} and {@code to}, split at commas and {@code separators}. */
  private static List<Argument> arguments(
      String sql, ForeignTokens code, int from, int to, Set<String> separators) {
    List<Argument> arguments = new ArrayList<>();
    int first = from;
    for (int i = from; i <= to; i++) {
      if (i < to && code.are(i, "(")) {
        i = code.afterClosing(i) - 1;
      } else if (i == to || code.are(i, ",") || isSeparator(code, i, separators)) {
        if (i > first) {
          arguments.add(argument(sql, code, first, i));
        }
        first = i + 1;
      }
    }
    return arguments;
  }
}
