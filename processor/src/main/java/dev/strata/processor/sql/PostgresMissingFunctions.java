package dev.strata.processor.sql;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Calls of functions that H2 runs, in its own mode and in its PostgreSQL mode, and PostgreSQL 15
 * has not ({@code IFNULL}, {@code YEAR}, {@code DATEADD}, {@code MEDIAN}): the compile-time run on
 * H2 takes the view, and PostgreSQL refuses it at startup ({@code function ifnull(integer, integer)
 * does not exist}). The names and what to write instead are in {@code
 * postgres-missing-functions.tsv}, each measured on both databases by {@code
 * PostgresMissingFunctionsOracleTest}; the names of extensions shipped with PostgreSQL ({@code
 * soundex} of fuzzystrmatch, {@code encrypt} of pgcrypto) are left out, as a database may have
 * them.
 */
final class PostgresMissingFunctions {

  private static final String LIST = "postgres-missing-functions.tsv";

  /**
   * The words after which an expression, and so a call, may start: after any other word a name
   * followed by a bracket is an alias with its columns ({@code FROM orders week(n)}).
   */
  private static final Set<String> BEFORE_AN_EXPRESSION =
      Set.of(
          "select",
          "distinct",
          "all",
          "where",
          "and",
          "or",
          "not",
          "on",
          "having",
          "by",
          "then",
          "else",
          "when",
          "case",
          "between",
          "like",
          "ilike",
          "from",
          "join",
          "lateral",
          "is",
          "limit",
          "offset",
          "return",
          "in",
          "any",
          "some",
          "escape");

  /** Each function's name, in lower case, and what PostgreSQL writes instead (empty if nothing). */
  private static final Map<String, String> ADVICE = read();

  private PostgresMissingFunctions() {}

  /** The first call of such a function in {@code code}, in words that say what to write. */
  static Optional<String> first(ForeignTokens code) {
    Set<Integer> definedNames = code.definedNames();
    for (int at = 0; at + 1 < code.size(); at++) {
      if (isCall(code, at) && !definedNames.contains(at)) {
        return Optional.of(refusal(code.token(at).text(), ADVICE.get(code.lower(at))));
      }
    }
    return Optional.empty();
  }

  private static boolean isCall(ForeignTokens code, int at) {
    if (code.kind(at) != SqlToken.Kind.WORD
        || !ADVICE.containsKey(code.lower(at))
        || !code.are(at + 1, "(")) {
      return false;
    }
    // a qualified name is a function of the user's, a word after AS or :: a type or an alias
    if (code.are(at - 1, ".") || code.are(at - 1, "as") || code.are(at - 1, "::")) {
      return false;
    }
    boolean afterName =
        code.kind(at - 1) == SqlToken.Kind.QUOTED_IDENTIFIER
            || code.are(at - 1, ")")
            || (code.kind(at - 1) == SqlToken.Kind.WORD
                && !BEFORE_AN_EXPRESSION.contains(code.lower(at - 1)));
    return !afterName;
  }

  private static String refusal(String written, String advice) {
    String call = written.toUpperCase(Locale.ROOT) + "(...)";
    String missing = call + ", a function of H2 that PostgreSQL 15 does not have";
    return advice.isEmpty() ? missing : missing + ": write " + advice;
  }

  private static Map<String, String> read() {
    Map<String, String> advice = new HashMap<>();
    try (InputStream in = PostgresMissingFunctions.class.getResourceAsStream(LIST);
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        advice.put(fields[0], fields.length > 3 ? fields[3] : "");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Strata's processor jar lacks " + LIST, e);
    }
    return Map.copyOf(advice);
  }
}
