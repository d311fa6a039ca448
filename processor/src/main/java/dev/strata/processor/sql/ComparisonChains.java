package dev.strata.processor.sql;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Comparisons chained without brackets, {@code a = b = c}, {@code id >= 1 <> flag}, and an {@code
 * IS [NOT] DISTINCT FROM} tested again by {@code IS}, which H2 reads from the left and PostgreSQL
 * refuses: its comparison operators do not associate ({@code syntax error at or near "="}). An
 * operand between them is read as far as PostgreSQL binds it tighter than a comparison: names,
 * literals, calls, brackets, a {@code CASE}, signs, casts and the operators that are no comparison
 * ({@code +}, {@code ||}, {@code ->>}); a comparison with {@code ANY}, {@code ALL} or {@code SOME},
 * which PostgreSQL chains, and anything else ({@code LIKE}, {@code IS}, {@code AND}) end the scan,
 * and the query is left to the database. Measured on PostgreSQL 15 ({@code
 * ForeignSyntaxOracleTest}).
 */
final class ComparisonChains {

  private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "<", ">", "<=", ">=");

  /** Symbols that end or separate operands, or that stand for no operator between two. */
  private static final Set<String> NO_OPERATORS =
      Set.of(",", "(", ")", ";", "[", "]", ".", "::", "=>", ":=");

  /** Words that start an operand of their own: literals, and a type before its string. */
  private static final Set<String> LITERAL_WORDS = Set.of("true", "false", "null");

  private static final Set<String> TYPED_LITERALS = Set.of("date", "time", "timestamp", "interval");

  /** Words after a comparison that make it a quantified one, which PostgreSQL chains. */
  private static final Set<String> QUANTIFIERS = Set.of("any", "all", "some");

  private ComparisonChains() {}

  /** PostgreSQL's refusal of the chain that starts at {@code i}. */
  static Optional<String> onPostgres(ForeignTokens code, int i) {
    if (comparison(code, i)) {
      int after = operandEnd(code, i + 1);
      if (after > i + 1 && comparison(code, after)) {
        return Optional.of(
            "two comparisons in a row (... "
                + written(code, i, after)
                + " ...), which H2 reads from the left and PostgreSQL refuses (syntax error at or near"
                + " \""
                + code.token(after).text()
                + "\"): put the first in brackets, (a = b) = c");
      }
    }
    boolean distinct =
        code.are(i, "is", "distinct", "from") || code.are(i, "is", "not", "distinct", "from");
    if (distinct) {
      int start = code.are(i + 1, "not") ? i + 4 : i + 3;
      int after = operandEnd(code, start);
      if (after > start && code.are(after, "is")) {
        return Optional.of(
            "IS DISTINCT FROM tested again by IS (... "
                + written(code, i, after)
                + " ...), which H2 reads from the left and PostgreSQL refuses (syntax error at or near"
                + " \"IS\"): put the first test in brackets, (a IS DISTINCT FROM b) IS TRUE");
      }
    }
    return Optional.empty();
  }

  /** Whether a comparison's operator stands at {@code at}. */
  private static boolean comparison(ForeignTokens code, int at) {
    return code.kind(at) == SqlToken.Kind.SYMBOL && COMPARISONS.contains(code.lower(at));
  }

  /**
   * The index after the operand that starts at {@code from}, of what PostgreSQL binds tighter than
   * a comparison; {@code from} when none is read there.
   */
  private static int operandEnd(ForeignTokens code, int from) {
    int i = from;
    while (true) {
      while (code.are(i, "-") || code.are(i, "+")) {
        i++;
      }
      int atomEnd = atomEnd(code, i);
      if (atomEnd <= i) {
        return from;
      }
      i = postfixEnd(code, atomEnd);
      boolean operator =
          code.kind(i) == SqlToken.Kind.SYMBOL
              && !COMPARISONS.contains(code.lower(i))
              && !NO_OPERATORS.contains(code.lower(i));
      if (!operator) {
        return i;
      }
      i++;
    }
  }

  /** The index after the literal, name, call, bracket or CASE at {@code at}; {@code at} if none. */
  private static int atomEnd(ForeignTokens code, int at) {
    SqlToken.Kind kind = code.kind(at);
    if (kind == SqlToken.Kind.NUMBER || kind == SqlToken.Kind.STRING) {
      return at + 1;
    }
    if (code.are(at, "(")) {
      return code.afterClosing(at);
    }
    if (kind == SqlToken.Kind.QUOTED_IDENTIFIER) {
      return nameEnd(code, at);
    }
    if (kind != SqlToken.Kind.WORD || QUANTIFIERS.contains(code.lower(at))) {
      return at;
    }
    if (code.are(at, "case")) {
      int end = CaseResults.end(code, at);
      return end < code.size() ? end + 1 : at;
    }
    if (TYPED_LITERALS.contains(code.lower(at)) && code.kind(at + 1) == SqlToken.Kind.STRING) {
      return at + 2;
    }
    if (LITERAL_WORDS.contains(code.lower(at))) {
      return at + 1;
    }
    return nameEnd(code, at);
  }

  /** The index after the name at {@code at}, with its qualifiers, or after its call. */
  private static int nameEnd(ForeignTokens code, int at) {
    int i = at + 1;
    while (code.are(i, ".") && code.kind(i + 1) != null && !code.are(i + 1, "(")) {
      i += 2;
    }
    return code.are(i, "(") ? code.afterClosing(i) : i;
  }

  /** The index after the casts and collations that follow an operand ending before {@code at}. */
  private static int postfixEnd(ForeignTokens code, int at) {
    int i = at;
    while (true) {
      if (code.are(i, "::") && code.kind(i + 1) == SqlToken.Kind.WORD) {
        i += 2;
        i = code.are(i, "(") ? code.afterClosing(i) : i;
      } else if (code.are(i, "collate") && code.kind(i + 1) != null) {
        i += 2;
      } else {
        return i;
      }
    }
  }

  /** The tokens from {@code from} to {@code to}, as written, with a space between. */
  private static String written(ForeignTokens code, int from, int to) {
    return IntStream.rangeClosed(from, to)
        .mapToObj(at -> code.token(at).text())
        .collect(Collectors.joining(" "));
  }
}
