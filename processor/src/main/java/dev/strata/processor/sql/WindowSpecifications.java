package dev.strata.processor.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The brackets of window specifications, {@code OVER (...)} and a {@code WINDOW w AS (...)}
 * clause's, read for what they hold at their own level: the window they name ({@code OVER (w ORDER
 * BY id)}), and their PARTITION BY, ORDER BY and frame.
 */
final class WindowSpecifications {

  private static final Set<String> SET_OPERATIONS = Set.of("union", "intersect", "except");

  /** The words that open a subquery's bracket. */
  private static final Set<String> QUERY_WORDS = Set.of("select", "with", "values");

  private WindowSpecifications() {}

  /** Whether the {@code (} at {@code open} opens a window specification. */
  static boolean opens(ForeignTokens code, int open) {
    return code.are(open, "(") && (code.are(open - 1, "over") || defines(code, open));
  }

  /** The name of the window that the specification at {@code open} builds on, if it names one. */
  static Optional<String> base(ForeignTokens code, int open) {
    boolean named =
        code.kind(open + 1) == SqlToken.Kind.WORD
            && !code.are(open + 1, "partition")
            && !code.are(open + 1, "order")
            && !code.are(open + 1, "rows")
            && !code.are(open + 1, "range")
            && !code.are(open + 1, "groups");
    return named ? Optional.of(code.lower(open + 1)) : Optional.empty();
  }

  /**
   * The bracket of the {@code WINDOW} clause's definition of {@code name} that the query level of
   * {@code from} holds, where a name is read; empty when that level defines none, or several.
   */
  static Optional<Integer> definition(ForeignTokens code, String name, int from) {
    int query = enclosingQuery(code, from);
    int branch = branch(code, query, from);
    List<Integer> found = new ArrayList<>();
    for (int i = 2; i < code.size(); i++) {
      boolean sameLevel =
          defines(code, i)
              && code.lower(i - 2).equals(name)
              && enclosingQuery(code, i) == query
              && branch(code, query, i) == branch;
      if (sameLevel) {
        found.add(i);
      }
    }
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /**
   * The bracket that opens the query whose level holds {@code at}, walking out of the brackets of
   * expressions; -1 for the statement's own level.
   */
  private static int enclosingQuery(ForeignTokens code, int at) {
    int depth = 0;
    for (int i = at - 1; i >= 0; i--) {
      if (code.are(i, ")")) {
        depth++;
      } else if (code.are(i, "(") && depth > 0) {
        depth--;
      } else if (code.are(i, "(") && QUERY_WORDS.contains(code.lower(i + 1))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * How many set operations stand at the level of the query opening at {@code query} before {@code
   * at}.
   */
  private static int branch(ForeignTokens code, int query, int at) {
    int operations = 0;
    for (int i = query + 1, depth = 0; i < at; i++) {
      if (code.are(i, "(")) {
        depth++;
      } else if (code.are(i, ")")) {
        depth--;
      } else if (depth == 0 && SET_OPERATIONS.contains(code.lower(i))) {
        operations++;
      }
    }
    return operations;
  }

  /** Whether the specification at {@code open} partitions its rows itself. */
  static boolean partitions(ForeignTokens code, int open) {
    return holds(code, open, "partition");
  }

  /** Whether the specification at {@code open} orders its rows itself. */
  static boolean orders(ForeignTokens code, int open) {
    return holds(code, open, "order");
  }

  /**
   * Whether the specification at {@code open} orders its rows, itself or through the windows it
   * builds on ({@code v AS (w)} where {@code w AS (ORDER BY ...)}).
   */
  static boolean ordersAlong(ForeignTokens code, int open) {
    int specification = open;
    // a chain of definitions, each building on the one before; a loop is the database's to refuse
    for (int links = 0; links < code.size(); links++) {
      if (orders(code, specification)) {
        return true;
      }
      int from = specification;
      Optional<Integer> base = base(code, from).flatMap(name -> definition(code, name, from));
      if (base.isEmpty()) {
        return false;
      }
      specification = base.get();
    }
    return false;
  }

  /** Whether the specification at {@code open} has a frame: ROWS, RANGE or GROUPS. */
  static boolean frames(ForeignTokens code, int open) {
    return holds(code, open, at -> framing(code, at));
  }

  private static boolean framing(ForeignTokens code, int at) {
    return (code.are(at, "rows") || code.are(at, "range") || code.are(at, "groups"))
        && (code.are(at + 1, "between")
            || code.are(at + 1, "unbounded")
            || code.are(at + 1, "current")
            || code.kind(at + 1) == SqlToken.Kind.NUMBER
            || code.are(at + 1, "interval"));
  }

  /** Whether {@code clause BY} stands at the own level of the specification at {@code open}. */
  private static boolean holds(ForeignTokens code, int open, String clause) {
    return holds(code, open, at -> code.are(at, clause, "by"));
  }

  /** Whether a token at the own level of the specification at {@code open} is {@code wanted}. */
  private static boolean holds(ForeignTokens code, int open, IntPredicate wanted) {
    int close = code.afterClosing(open) - 1;
    for (int i = open + 1, depth = 0; i < close; i++) {
      if (code.are(i, "(")) {
        depth++;
      } else if (code.are(i, ")")) {
        depth--;
      } else if (depth == 0 && wanted.test(i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the {@code (} at {@code open} is a definition's in a WINDOW clause: {@code WINDOW w AS
   * (}, or {@code , v AS (} after another definition.
   */
  private static boolean defines(ForeignTokens code, int open) {
    if (!code.are(open, "(")
        || !code.are(open - 1, "as")
        || code.kind(open - 2) != SqlToken.Kind.WORD) {
      return false;
    }
    if (code.are(open - 3, "window")) {
      return true;
    }
    return code.are(open - 3, ",")
        && code.are(open - 4, ")")
        && defines(code, code.opening(open - 4));
  }
}
