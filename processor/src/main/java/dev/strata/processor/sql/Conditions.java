package dev.strata.processor.sql;

import dev.strata.processor.sql.FunctionCalls.Argument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The operands of a query that stand as conditions: after WHERE, HAVING, ON, a searched CASE's
 * WHEN, and each side of AND, OR and NOT, as far as the next such word, in a select item, a CASE's
 * value and an array's element too ({@code SELECT NOT qty AS b}, {@code THEN qty AND flag}); in
 * brackets of their own ({@code WHERE (qty AND flag)}); a CASE as a whole ({@code WHERE CASE WHEN
 * ... END}); and an operand of {@code IS [NOT] TRUE}, {@code FALSE} or {@code UNKNOWN}. An operand
 * that a predicate goes on with ({@code qty IS NULL}, {@code qty BETWEEN 1 AND 5}, {@code qty IN
 * (...)}) is a predicate's, not a condition, and left out, as are a simple CASE's values ({@code
 * CASE qty WHEN 1}) and BETWEEN's bounds.
 */
public final class Conditions {

  private static final Set<String> STARTS_CONDITION =
      Set.of("where", "having", "on", "when", "and", "or", "not");

  /** The words that end a condition, where the operand before them is the whole of it. */
  private static final Set<String> ENDS_CONDITION =
      Set.of(
          "and",
          "or",
          "then",
          "group",
          "order",
          "having",
          "window",
          "limit",
          "offset",
          "fetch",
          "union",
          "intersect",
          "except",
          "join",
          "inner",
          "left",
          "right",
          "full",
          "cross",
          "where",
          "returning",
          "for",
          "else",
          "end",
          "as",
          "from",
          ",",
          ")",
          "]",
          ";");

  /**
   * What starts a select item, a sort or grouping key or an argument, where an operand is a
   * condition only as the left side of AND or OR, or under IS TRUE.
   */
  private static final Set<String> SELECT_ITEM_STARTS =
      Set.of("select", ",", "by", "(", "then", "else", "[");

  /** What IS tests a condition for, {@code qty IS NOT FALSE}. */
  private static final Set<String> TRUTH_VALUES = Set.of("true", "false", "unknown");

  private Conditions() {}

  /**
   * One condition.
   *
   * @param keyword the words that make it one, in lower case ({@code where}, {@code and}, {@code is
   *     not false}, ...)
   * @param operand the condition as written
   * @param tested whether the keyword follows the operand, {@code qty IS NOT FALSE}
   */
  public record Condition(String keyword, Argument operand, boolean tested) {

    /** The condition as the query writes it, with {@code operand} for its operand. */
    public String written(String operand) {
      String words = keyword.toUpperCase(Locale.ROOT);
      if (!tested) {
        return words + " " + operand;
      }
      // the left side of AND or OR, whose right side goes on after it: qty AND ...
      boolean joined = keyword.equals("and") || keyword.equals("or");
      return operand + " " + words + (joined ? " ..." : "");
    }
  }

  /** The conditions of {@code sql}; none for a query that cannot be read. */
  public static List<Condition> of(String sql) {
    Optional<ForeignTokens> tokens = ForeignTokens.ofPostgres(sql);
    if (tokens.isEmpty()) {
      return List.of();
    }
    ForeignTokens code = tokens.get();
    List<Condition> conditions = new ArrayList<>();
    for (int i = 0; i < code.size(); i++) {
      if (startsAt(code, i)) {
        conditionAfter(code, sql, i).ifPresent(conditions::add);
      }
    }
    return conditions;
  }

  /** The condition that starts after {@code i}, if its operand is the whole of it. */
  private static Optional<Condition> conditionAfter(ForeignTokens code, String sql, int i) {
    int end =
        code.are(i + 1, "case") ? afterCase(code, i + 1) : Operands.rightEnd(code, i + 1, Set.of());
    if (end <= i + 1) {
      return Optional.empty();
    }
    boolean postfixTest = code.are(end - 1, "isnull") || code.are(end - 1, "notnull");
    if (readsAtTimeZone(code, i + 1, end) || postfixTest) {
      // H2 reads ts AT TIME ZONE 'UTC' > now() as ts AT TIME ZONE ('UTC' > now()); qty ISNULL is
      // PostgreSQL's predicate, which H2 reads as qty named isnull
      return Optional.empty();
    }
    // a CASE and the select item's name without AS, SELECT NOT CASE ... END b
    boolean namedCase = code.are(i + 1, "case") && namesItem(code, end);
    boolean alone = end == code.size() || ENDS_CONDITION.contains(code.lower(end)) || namedCase;
    boolean endsItem = end == code.size() || code.are(end, ",") || code.are(end, "from");
    if (endsItem && end - 2 > i && bareAlias(code, end - 1)) {
      // SELECT NOT qty b: b names the item
      end--;
    }
    SqlToken first = code.token(i + 1);
    SqlToken last = code.token(end - 1);
    String text = sql.substring(first.start(), last.start() + last.text().length());
    Argument operand =
        new Argument(text, first.start(), SetOperationColumns.stringLiteral(code, i + 1, end));
    if (alone && (!startsItem(code, i) || bracketsCondition(code, i))) {
      return Optional.of(new Condition(keyword(code, i), operand, false));
    }
    if (code.are(end, "and") || code.are(end, "or")) {
      // the left side of AND or OR, SELECT qty AND flag AS b
      return Optional.of(new Condition(code.lower(end), operand, true));
    }
    if (!testsTruth(code, end)) {
      return Optional.empty();
    }
    int words = code.are(end + 1, "not") ? 3 : 2;
    String test =
        String.join(" ", IntStream.range(end, end + words).mapToObj(code::lower).toList());
    return Optional.of(new Condition(test, operand, true));
  }

  /**
   * Whether a condition starts after the token at {@code i}: after a condition's keyword, in
   * brackets of its own, or, as the left side of AND or OR or the operand of IS TRUE, after what
   * starts a select item, a sort key or an argument ({@code SELECT qty OR flag}, {@code ORDER BY
   * qty IS TRUE}, {@code COALESCE(qty AND flag, FALSE)}).
   */
  private static boolean startsAt(ForeignTokens code, int i) {
    return startsWholeCondition(code, i) || (startsItem(code, i) && !queryAt(code, i + 1));
  }

  /**
   * Whether a select item, a key, an argument, an array's element or a CASE's value starts after
   * {@code i}: {@code SELECT DISTINCT qty AND flag}, {@code THEN qty AND flag}, {@code ARRAY[qty
   * AND flag]}.
   */
  private static boolean startsItem(ForeignTokens code, int i) {
    return SELECT_ITEM_STARTS.contains(code.lower(i))
        || ((code.are(i, "distinct") || code.are(i, "all")) && code.are(i - 1, "select"));
  }

  /** Whether a condition as a whole starts after {@code i}: after its keyword, or its bracket. */
  private static boolean startsWholeCondition(ForeignTokens code, int i) {
    return (STARTS_CONDITION.contains(code.lower(i)) && startsCondition(code, i))
        || bracketsCondition(code, i);
  }

  /** Whether a query starts at {@code at}: a subquery's bracket holds no condition of its own. */
  private static boolean queryAt(ForeignTokens code, int at) {
    return code.are(at, "select") || code.are(at, "with") || code.are(at, "values");
  }

  /** Whether the word at {@code at} names the select item before it, {@code NOT qty b}. */
  private static boolean bareAlias(ForeignTokens code, int at) {
    SqlToken.Kind kind = code.kind(at);
    boolean name = kind == SqlToken.Kind.WORD || kind == SqlToken.Kind.QUOTED_IDENTIFIER;
    return name
        && code.endsOperand(at - 1)
        && !code.are(at - 1, ".")
        && !MySqlRefusals.BEFORE_AN_OPERAND.contains(code.lower(at - 1))
        && !code.are(at, "end")
        // PostgreSQL's postfix a ISNULL and a NOTNULL
        && !code.are(at, "isnull")
        && !code.are(at, "notnull");
  }

  /** Whether the word at {@code at} is a select item's name without AS, before its end. */
  private static boolean namesItem(ForeignTokens code, int at) {
    SqlToken.Kind kind = code.kind(at);
    boolean name =
        (kind == SqlToken.Kind.WORD && !ENDS_CONDITION.contains(code.lower(at)))
            || kind == SqlToken.Kind.QUOTED_IDENTIFIER;
    return name && (at + 1 == code.size() || code.are(at + 1, ",") || code.are(at + 1, "from"));
  }

  /** Whether AT TIME ZONE stands between {@code start} and {@code end}, at any level. */
  private static boolean readsAtTimeZone(ForeignTokens code, int start, int end) {
    for (int i = start; i < end; i++) {
      if (code.are(i, "at", "time", "zone")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the bracket at {@code open} holds a condition of its own, {@code WHERE (qty AND flag)}:
   * it opens where a condition starts, holds no subquery, and nothing but a condition's end follows
   * it ({@code WHERE (qty) > 1} compares it).
   */
  private static boolean bracketsCondition(ForeignTokens code, int open) {
    if (!code.are(open, "(") || queryAt(code, open + 1)) {
      return false;
    }
    int after = code.afterClosing(open);
    boolean whole = after == code.size() || ENDS_CONDITION.contains(code.lower(after));
    // a bracket where a condition starts, not a select item's, (a) AS x, nor a list's, IN ((1, 2))
    return whole && startsWholeCondition(code, open - 1);
  }

  /** The word that makes the condition after {@code i} one: the one before its brackets. */
  private static String keyword(ForeignTokens code, int i) {
    int at = i;
    while (code.are(at, "(")) {
      at--;
    }
    return code.lower(at);
  }

  /** Whether {@code IS [NOT] TRUE}, {@code FALSE} or {@code UNKNOWN} starts at {@code at}. */
  private static boolean testsTruth(ForeignTokens code, int at) {
    int value = code.are(at + 1, "not") ? at + 2 : at + 1;
    return code.are(at, "is") && TRUTH_VALUES.contains(code.lower(value));
  }

  /** The index after the END of the CASE at {@code start}, past the CASEs nested in it. */
  private static int afterCase(ForeignTokens code, int start) {
    int end = CaseResults.end(code, start);
    return end < code.size() ? end + 1 : start;
  }

  /** Whether the word at {@code i} starts a condition, not a predicate's part or a value. */
  private static boolean startsCondition(ForeignTokens code, int i) {
    if (code.are(i, "on")) {
      // DISTINCT ON (...) lists values
      return !code.are(i - 1, "distinct");
    }
    if (code.are(i, "not")) {
      // x NOT IN, x NOT LIKE, IS NOT NULL: a predicate's NOT
      boolean afterKeyword =
          code.kind(i - 1) == SqlToken.Kind.WORD
              && MySqlRefusals.BEFORE_AN_OPERAND.contains(code.lower(i - 1))
              && !code.are(i - 1, "is");
      return !code.endsOperand(i - 1) || afterKeyword;
    }
    if (code.are(i, "when")) {
      return searchedCase(code, i);
    }
    if (code.are(i, "and")) {
      return !betweensAnd(code, i);
    }
    return true;
  }

  /**
   * Whether the AND at {@code and} joins BETWEEN's bounds, {@code BETWEEN a AND b}, past a bound
   * that is a CASE, {@code BETWEEN CASE WHEN x THEN 1 END AND 3}.
   */
  private static boolean betweensAnd(ForeignTokens code, int and) {
    for (int i = and - 1; i >= 0; i--) {
      int caseStart = code.are(i, "end") ? Operands.caseOf(code, i) : -1;
      if (code.are(i, ")")) {
        i = code.opening(i);
        if (i < 0) {
          return false;
        }
      } else if (caseStart >= 0) {
        i = caseStart;
      } else if (code.are(i, "between")) {
        return true;
      } else if (code.are(i, "(") || STARTS_CONDITION.contains(code.lower(i))) {
        return false;
      }
    }
    return false;
  }

  /** Whether the WHEN at {@code when} is a searched CASE's, {@code CASE WHEN x > 1}. */
  private static boolean searchedCase(ForeignTokens code, int when) {
    int nested = 0;
    int depth = 0;
    for (int i = when - 1; i >= 0; i--) {
      if (code.are(i, ")")) {
        depth++;
      } else if (code.are(i, "(") && --depth < 0) {
        return false;
      } else if (depth == 0 && code.are(i, "end")) {
        nested++;
      } else if (depth == 0 && code.are(i, "case") && nested-- == 0) {
        return code.are(i + 1, "when");
      }
    }
    return false;
  }
}
