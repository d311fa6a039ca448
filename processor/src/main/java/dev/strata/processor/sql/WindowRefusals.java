package dev.strata.processor.sql;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Window functions that H2 takes and the servers refuse, each measured on PostgreSQL 15 and MariaDB
 * 10.11 ({@code ForeignSyntaxOracleTest}, {@code MariaDbForeignSyntaxOracleTest}): an aggregate of
 * distinct values over a window, {@code NTH_VALUE}'s {@code FROM FIRST} and {@code FROM LAST}, a
 * window that builds on a named one against the standard's rules, and, on MariaDB, a ranking or
 * offset function over a window without an order of its own.
 */
final class WindowRefusals {

  /** The functions MariaDB calls only over an ordered window (No order list in window ...). */
  private static final Set<String> ORDERED_ON_MARIADB =
      Set.of("rank", "dense_rank", "percent_rank", "cume_dist", "lag", "lead");

  private WindowRefusals() {}

  /** The aggregates MariaDB takes DISTINCT in over a window: the others it refuses there. */
  private static final Set<String> DISTINCT_OVER_A_WINDOW_ON_MARIADB = Set.of("max", "min");

  /**
   * The refusal of the window function whose OVER is at {@code i}, of NTH_VALUE's FROM at {@code
   * i}, or of the window specification that opens there, by PostgreSQL, MySQL and MariaDB.
   *
   * @param mariaDb whether the database is MariaDB, which takes MAX(DISTINCT x) OVER (...)
   */
  static Optional<String> everywhere(ForeignTokens code, int i, boolean mariaDb) {
    Optional<String> building = buildingOnAWindow(code, i);
    if (building.isPresent()) {
      return building;
    }
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

  /**
   * MariaDB's refusal of the window function whose OVER is at {@code i}: a ranking or offset
   * function needs an ORDER BY in the brackets it names, OVER (ORDER BY ...) or WINDOW w AS (ORDER
   * BY ...), and MariaDB looks for none in a window they build on, OVER (w).
   */
  static Optional<String> onMariaDb(ForeignTokens code, int i) {
    int specification = -1;
    if (code.are(i, "over", "(")) {
      specification = i + 1;
    } else if (code.are(i, "over") && code.kind(i + 1) == SqlToken.Kind.WORD) {
      specification = WindowSpecifications.definition(code, code.lower(i + 1), i).orElse(-1);
    }
    if (specification < 0) {
      return Optional.empty();
    }
    String function = code.lower(argumentsOf(code, i) - 1);
    if (!ORDERED_ON_MARIADB.contains(function)
        || WindowSpecifications.orders(code, specification)) {
      return Optional.empty();
    }
    return Optional.of(
        function.toUpperCase(Locale.ROOT)
            + "(...) over a window without ORDER BY in its own brackets, which MariaDB refuses (No"
            + " order list in window specification), also where they build on a window that"
            + " orders, OVER (w): order the window there, OVER (ORDER BY ...) or WINDOW w AS"
            + " (ORDER BY ...) with OVER w");
  }

  /**
   * The refusal, by PostgreSQL and MariaDB as by the SQL standard, of the window specification at
   * {@code open} that builds on another window, {@code OVER (w ...)} or {@code WINDOW v AS (w
   * ...)}: it may not partition again, nor order a window that orders, nor copy one with a frame.
   */
  static Optional<String> buildingOnAWindow(ForeignTokens code, int open) {
    if (!WindowSpecifications.opens(code, open)) {
      return Optional.empty();
    }
    Optional<String> base = WindowSpecifications.base(code, open);
    if (base.isEmpty()) {
      return Optional.empty();
    }
    String name = base.get();
    if (WindowSpecifications.partitions(code, open)) {
      return Optional.of(
          "a window that builds on "
              + name
              + " and partitions again, ("
              + name
              + " PARTITION BY ...), which PostgreSQL and MariaDB refuse: partition in "
              + name
              + "'s definition, or write the window out without "
              + name);
    }
    Optional<Integer> definition = WindowSpecifications.definition(code, name, open);
    if (definition.isPresent() && WindowSpecifications.frames(code, definition.get())) {
      return Optional.of(
          "a window that builds on "
              + name
              + ", ("
              + name
              + " ...), where "
              + name
              + " has a frame (ROWS, RANGE), which PostgreSQL and MariaDB refuse to copy: write"
              + " OVER "
              + name
              + " without brackets, or move the frame out of "
              + name
              + "'s definition");
    }
    if (definition.isPresent()
        && WindowSpecifications.ordersAlong(code, definition.get())
        && WindowSpecifications.orders(code, open)) {
      return Optional.of(
          "a window that orders "
              + name
              + " again, ("
              + name
              + " ORDER BY ...), where "
              + name
              + " orders already, which PostgreSQL and MariaDB refuse: order in one of the two");
    }
    return Optional.empty();
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
}
