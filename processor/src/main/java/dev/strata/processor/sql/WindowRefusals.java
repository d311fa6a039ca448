package dev.strata.processor.sql;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Window functions that H2 takes and the servers refuse, each measured on PostgreSQL 15 and MariaDB
 * 10.11 ({@code ForeignSyntaxOracleTest}, {@code MariaDbForeignSyntaxOracleTest}): an aggregate of
 * distinct values over a window, {@code NTH_VALUE}'s {@code FROM FIRST} and {@code FROM LAST}, and,
 * on MariaDB, a ranking or offset function over a window without an order.
 */
final class WindowRefusals {

  /** The functions MariaDB calls only over an ordered window (No order list in window ...). */
  private static final Set<String> ORDERED_ON_MARIADB =
      Set.of("rank", "dense_rank", "percent_rank", "cume_dist", "lag", "lead");

  private WindowRefusals() {}

  /** The aggregates MariaDB takes DISTINCT in over a window: the others it refuses there. */
  private static final Set<String> DISTINCT_OVER_A_WINDOW_ON_MARIADB = Set.of("max", "min");

  /**
   * The refusal of the window function whose OVER is at {@code i}, or of NTH_VALUE's FROM at {@code
   * i}, by PostgreSQL, MySQL and MariaDB.
   *
   * @param mariaDb whether the database is MariaDB, which takes MAX(DISTINCT x) OVER (...)
   */
  static Optional<String> everywhere(ForeignTokens code, int i, boolean mariaDb) {
    int arguments = argumentsOf(code, i);
    boolean distinct =
        code.are(i, "over")
            && code.are(arguments + 1, "distinct")
            && !(mariaDb && DISTINCT_OVER_A_WINDOW_ON_MARIADB.contains(code.lower(arguments - 1)));
    if (distinct) {
      return Optional.of(
          "DISTINCT in an aggregate over a window (COUNT(DISTINCT x) OVER (...)), which"
              + " PostgreSQL, MySQL and MariaDB do not implement: aggregate the distinct values in"
              + " a subquery grouped by the window's partition, and join it");
    }
    if ((code.are(i, ")", "from", "first") || code.are(i, ")", "from", "last"))
        && code.are(code.opening(i) - 1, "nth_value")) {
      return Optional.of(
          "NTH_VALUE(...) FROM "
              + code.lower(i + 2).toUpperCase(Locale.ROOT)
              + ", which PostgreSQL, MySQL and MariaDB lack: leave FROM FIRST out, as it is what"
              + " they do; for FROM LAST, order the window the other way");
    }
    return Optional.empty();
  }

  /** MariaDB's refusal of the window function whose OVER is at {@code i}. */
  static Optional<String> onMariaDb(ForeignTokens code, int i) {
    if (!code.are(i, "over", "(")) {
      return Optional.empty();
    }
    String function = code.lower(argumentsOf(code, i) - 1);
    if (!ORDERED_ON_MARIADB.contains(function) || ordered(code, i + 1)) {
      return Optional.empty();
    }
    return Optional.of(
        function.toUpperCase(Locale.ROOT)
            + "(...) over a window without ORDER BY, which MariaDB refuses (No order list in"
            + " window specification): order the window, OVER (ORDER BY ...)");
  }

  /**
   * The index of the {@code (} of the call that the OVER at {@code over} applies to, past its
   * FILTER; -1 if none.
   */
  private static int argumentsOf(ForeignTokens code, int over) {
    if (!code.are(over - 1, ")")) {
      return -1;
    }
    int open = code.opening(over - 1);
    if (code.are(open - 1, "filter") && code.are(open - 2, ")")) {
      open = code.opening(open - 2);
    }
    return open;
  }

  /**
   * Whether the window of the bracket at {@code open} orders its rows, or names another window that
   * may ({@code OVER (w ROWS ...)}).
   */
  private static boolean ordered(ForeignTokens code, int open) {
    boolean named =
        code.kind(open + 1) == SqlToken.Kind.WORD
            && !code.are(open + 1, "partition")
            && !code.are(open + 1, "order")
            && !code.are(open + 1, "rows")
            && !code.are(open + 1, "range");
    if (named) {
      return true;
    }
    int close = code.afterClosing(open) - 1;
    for (int i = open + 1, depth = 0; i < close; i++) {
      if (code.are(i, "(")) {
        depth++;
      } else if (code.are(i, ")")) {
        depth--;
      } else if (depth == 0 && code.are(i, "order", "by")) {
        return true;
      }
    }
    return false;
  }
}
