package dev.strata.processor;

import java.util.Map;
import java.util.Optional;

/**
 * Where Strata's verdict on a query of the regression suites may differ from the server's, and why:
 * the classes of queries Strata refuses on purpose (README, "What is refused"), and those the
 * server refuses for a reason Strata does not claim to check (names, types and objects, which only
 * the database knows).
 */
final class RegressionExpectations {

  /** Refused by Strata, taken by the server: each with a part of Strata's message. */
  private static final Map<String, String> REFUSED_BY_STRATA =
      Map.of(
          // SELECT FROM: a view of no columns (README, "What is refused")
          "postgresql:basics/gadget_no_columns",
          "its select list is empty",
          // an alias of 64 bytes, which PostgreSQL cuts to 63 (README, "What is refused")
          "postgresql:expressions/pair_long_aliases",
          "of 64 bytes in UTF-8",
          // Strata writes a view's name unquoted, of ASCII letters, digits and underscores
          "mariadb:national/vé",
          "is not a valid SQL identifier");

  /** Refused by the server, for a reason left to it (README: "Other syntax ... left to it"). */
  private static final Map<String, String> LEFT_TO_THE_SERVER =
      Map.ofEntries(
          Map.entry(
              "mariadb:basics/v_sysvar_column",
              "a view may not read a variable (ER_VIEW_SELECT_VARIABLE)"),
          Map.entry(
              "mariadb:basics/v_sysvar_filter",
              "a view may not read a variable (ER_VIEW_SELECT_VARIABLE)"),
          Map.entry("mariadb:basics/v_star_of_dual", "SELECT * of no table (ER_NO_TABLES_USED)"),
          Map.entry(
              "mariadb:refused_clauses/v_analyse",
              "PROCEDURE ANALYSE(), which a view may not hold (ER_PARSE_ERROR)"),
          Map.entry(
              "mariadb:column_names/v_alias_and_column",
              "two columns of one name (ER_DUP_FIELDNAME)"),
          Map.entry(
              "mariadb:column_names/v_column_and_alias",
              "two columns of one name (ER_DUP_FIELDNAME)"),
          Map.entry(
              "postgresql:with/with_branch_paths", "two columns of one name, from a.* and b.*"),
          Map.entry(
              "postgresql:with/with_two_counters",
              "two columns of one name, from large.* and small.*"),
          Map.entry("postgresql:with/with_edge_walk", "a column of the pseudo-type record[]"),
          Map.entry(
              "postgresql:with/with_each_other",
              "mutual recursion between WITH items, not implemented"));

  private RegressionExpectations() {}

  /** What is wrong with the two verdicts on the view {@code key}, if anything. */
  static Optional<String> verdictProblem(String key, String serverError, String strataError) {
    String expectedStrata = REFUSED_BY_STRATA.get(key);
    if (expectedStrata != null) {
      if (serverError != null || strataError == null || !strataError.contains(expectedStrata)) {
        return Optional.of(
            key
                + ": expected the server to take it and Strata to refuse it with '"
                + expectedStrata
                + "'; server: "
                + serverError
                + "; Strata: "
                + strataError);
      }
      return Optional.empty();
    }
    if (LEFT_TO_THE_SERVER.containsKey(key)) {
      if (serverError == null || strataError != null) {
        return Optional.of(
            key
                + ": expected the server to refuse it ("
                + LEFT_TO_THE_SERVER.get(key)
                + ") and Strata to take it; server: "
                + serverError
                + "; Strata: "
                + strataError);
      }
      return Optional.empty();
    }
    if ((serverError == null) != (strataError == null)) {
      return Optional.of(key + ": server: " + serverError + "; Strata: " + strataError);
    }
    return Optional.empty();
  }
}
