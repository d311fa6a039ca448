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
 * Calls of functions that H2 runs at compile time and a target database has not: PostgreSQL 15
 * lacks {@code IFNULL}, {@code YEAR} and {@code MEDIAN}, MariaDB 10.11 lacks {@code DATEADD},
 * {@code LISTAGG} and {@code CASEWHEN}. The compile-time run on H2 takes the view, and the database
 * refuses it at startup ({@code function ifnull(integer, integer) does not exist}). The names and
 * what to write instead are listed per database ({@code postgres-missing-functions.tsv}, {@code
 * mariadb-missing-functions.tsv}), each measured on H2 and on the database by {@code
 * PostgresMissingFunctionsOracleTest} and {@code MariaDbMissingFunctionsOracleTest}. PostgreSQL's
 * list says which release adds a function ({@code ANY_VALUE} in 16), measured on 15 to 18.
 */
final class MissingFunctions {

  /**
   * PostgreSQL's, by release; the names of extensions shipped with it (fuzzystrmatch's soundex) are
   * not.
   */
  private static final Map<Integer, MissingFunctions> POSTGRES = postgresReleases();

  static final MissingFunctions MARIADB =
      new MissingFunctions(read("mariadb-missing-functions.tsv"), "MariaDB 10.11");

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

  /**
   * A function the database lacks.
   *
   * @param advice what the database writes instead (or nothing)
   * @param windowed whether the database has it as a window function only: a call with {@code OVER}
   *     is its own (MariaDB's {@code MEDIAN(x) OVER (...)})
   * @param since the first PostgreSQL release that has it; 0 for none measured
   */
  private record Missing(String advice, boolean windowed, int since) {}

  /** By its name, in lower case, each function the database lacks. */
  private final Map<String, Missing> missing;

  /** The database, as the messages name it with its version. */
  private final String database;

  private MissingFunctions(Map<String, Missing> missing, String database) {
    this.missing = Map.copyOf(missing);
    this.database = database;
  }

  /** The functions PostgreSQL {@code version} lacks, for a release from 15 to 18. */
  static MissingFunctions postgres(int version) {
    return POSTGRES.get(version);
  }

  private static Map<Integer, MissingFunctions> postgresReleases() {
    Map<String, Missing> listed = read("postgres-missing-functions.tsv");
    Map<Integer, MissingFunctions> releases = new HashMap<>();
    for (int version = ForeignSyntax.OLDEST_POSTGRES;
        version <= ForeignSyntax.NEWEST_POSTGRES;
        version++) {
      Map<String, Missing> lacked = new HashMap<>(listed);
      int release = version;
      lacked.values().removeIf(function -> function.since() > 0 && function.since() <= release);
      releases.put(version, new MissingFunctions(lacked, "PostgreSQL " + version));
    }
    return Map.copyOf(releases);
  }

  /** The first call of such a function in {@code code}, in words that say what to write. */
  Optional<String> first(ForeignTokens code) {
    Set<Integer> definedNames = code.definedNames();
    for (int at = 0; at + 1 < code.size(); at++) {
      if (isCall(code, at) && !definedNames.contains(at)) {
        return Optional.of(refusal(code.token(at).text(), missing.get(code.lower(at))));
      }
    }
    return Optional.empty();
  }

  private boolean isCall(ForeignTokens code, int at) {
    if (code.kind(at) != SqlToken.Kind.WORD
        || !missing.containsKey(code.lower(at))
        || !code.are(at + 1, "(")) {
      return false;
    }
    // a qualified name is a function of the user's, a word after AS or :: a type or an alias
    if (code.are(at - 1, ".") || code.are(at - 1, "as") || code.are(at - 1, "::")) {
      return false;
    }
    // INTERVAL '1.5' SECOND(3): the interval's field and its precision
    if (code.kind(at - 1) == SqlToken.Kind.STRING && code.are(at - 2, "interval")) {
      return false;
    }
    if (missing.get(code.lower(at)).windowed() && code.are(code.afterClosing(at + 1), "over")) {
      return false;
    }
    boolean afterName =
        code.kind(at - 1) == SqlToken.Kind.QUOTED_IDENTIFIER
            || code.are(at - 1, ")")
            || (code.kind(at - 1) == SqlToken.Kind.WORD
                && !BEFORE_AN_EXPRESSION.contains(code.lower(at - 1)));
    return !afterName;
  }

  private String refusal(String written, Missing function) {
    String call = written.toUpperCase(Locale.ROOT) + "(...)";
    String lacked = call + ", a function of H2 that " + database + " does not have";
    String refusal = function.advice().isEmpty() ? lacked : lacked + ": write " + function.advice();
    return function.since() == 0
        ? refusal
        : refusal
            + " (PostgreSQL has it from version "
            + function.since()
            + ": for a server of that release or later, set -Astrata.postgresqlVersion="
            + function.since()
            + ")";
  }

  /** Reads {@code list}: each function by its name. */
  private static Map<String, Missing> read(String list) {
    Map<String, Missing> missing = new HashMap<>();
    try (InputStream in = MissingFunctions.class.getResourceAsStream(list);
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        missing.put(
            fields[0],
            new Missing(
                fields.length > 3 ? fields[3] : "",
                fields.length > 4 && fields[4].equals("window"),
                fields.length > 5 ? Integer.parseInt(fields[5]) : 0));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Strata's processor jar lacks " + list, e);
    }
    return Map.copyOf(missing);
  }
}
