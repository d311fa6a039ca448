package dev.strata.processor.sql;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Calls of functions that H2 runs at compile time and a target database has not: PostgreSQL 15
 * lacks {@code IFNULL}, {@code YEAR} and {@code MEDIAN}, MariaDB 10.11 lacks {@code DATEADD},
 * {@code LISTAGG} and {@code CASEWHEN}. The compile-time run on H2 takes the view, and the database
 * refuses it at startup ({@code function ifnull(integer, integer) does not exist}). The names and
 * what to write instead are listed per database ({@code postgres-missing-functions.tsv}, {@code
 * mariadb-missing-functions.tsv}), each measured on H2 and on the database by {@code
 * PostgresMissingFunctionsOracleTest} and {@code MariaDbMissingFunctionsOracleTest}.
 */
final class MissingFunctions {

  /** PostgreSQL's; the names of extensions shipped with it (fuzzystrmatch's soundex) are not. */
  static final MissingFunctions POSTGRES =
      new MissingFunctions("postgres-missing-functions.tsv", "PostgreSQL 15");

  static final MissingFunctions MARIADB =
      new MissingFunctions("mariadb-missing-functions.tsv", "MariaDB 10.11");

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

  /** Each function's name, in lower case, and what the database writes instead (or nothing). */
  private final Map<String, String> advice;

  /**
   * The functions the database has as window functions only: a call with {@code OVER} is its own
   * (MariaDB's {@code MEDIAN(x) OVER (...)}).
   */
  private final Set<String> windowed;

  /** The database, as the messages name it with its version. */
  private final String database;

  private MissingFunctions(String list, String database) {
    Set<String> windowFunctions = new HashSet<>();
    this.advice = read(list, windowFunctions);
    this.windowed = Set.copyOf(windowFunctions);
    this.database = database;
  }

  /** The first call of such a function in {@code code}, in words that say what to write. */
  Optional<String> first(ForeignTokens code) {
    Set<Integer> definedNames = code.definedNames();
    for (int at = 0; at + 1 < code.size(); at++) {
      if (isCall(code, at) && !definedNames.contains(at)) {
        return Optional.of(refusal(code.token(at).text(), advice.get(code.lower(at))));
      }
    }
    return Optional.empty();
  }

  private boolean isCall(ForeignTokens code, int at) {
    if (code.kind(at) != SqlToken.Kind.WORD
        || !advice.containsKey(code.lower(at))
        || !code.are(at + 1, "(")) {
      return false;
    }
    // a qualified name is a function of the user's, a word after AS or :: a type or an alias
    if (code.are(at - 1, ".") || code.are(at - 1, "as") || code.are(at - 1, "::")) {
      return false;
    }
    if (windowed.contains(code.lower(at)) && code.are(code.afterClosing(at + 1), "over")) {
      return false;
    }
    boolean afterName =
        code.kind(at - 1) == SqlToken.Kind.QUOTED_IDENTIFIER
            || code.are(at - 1, ")")
            || (code.kind(at - 1) == SqlToken.Kind.WORD
                && !BEFORE_AN_EXPRESSION.contains(code.lower(at - 1)));
    return !afterName;
  }

  private String refusal(String written, String instead) {
    String call = written.toUpperCase(Locale.ROOT) + "(...)";
    String missing = call + ", a function of H2 that " + database + " does not have";
    return instead.isEmpty() ? missing : missing + ": write " + instead;
  }

  /** Reads {@code list}, adding the names of its window functions to {@code windowed}. */
  private static Map<String, String> read(String list, Set<String> windowed) {
    Map<String, String> advice = new HashMap<>();
    try (InputStream in = MissingFunctions.class.getResourceAsStream(list);
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        advice.put(fields[0], fields.length > 3 ? fields[3] : "");
        if (fields.length > 4 && fields[4].equals("window")) {
          windowed.add(fields[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Strata's processor jar lacks " + list, e);
    }
    return Map.copyOf(advice);
  }
}
