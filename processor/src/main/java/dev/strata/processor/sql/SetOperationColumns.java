package dev.strata.processor.sql;

import dev.strata.processor.sql.FunctionCalls.Argument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of the two queries on either side of each UNION, INTERSECT or EXCEPT, item by item,
 * which PostgreSQL must give one type each ({@code UNION types integer and character varying cannot
 * be matched}). A side whose select list holds a star, or whose items are not as many as the
 * other's, is left out: the database says what is wrong with it.
 */
public final class SetOperationColumns {

  private static final Set<String> SET_OPERATORS = Set.of("union", "intersect", "except");

  /** The words that end a select list at its own level. */
  private static final Set<String> ENDS_ITEMS =
      Set.of(
          "from",
          "where",
          "group",
          "having",
          "window",
          "order",
          "limit",
          "offset",
          "fetch",
          "union",
          "intersect",
          "except",
          "into",
          "for");

  private SetOperationColumns() {}

  /**
   * One column of a set operation.
   *
   * @param written the set operation's two queries as written
   * @param values the column's item in each query, left first
   */
  public record Column(Argument written, List<Argument> values) {}

  /** The columns of each set operation of {@code sql}; none for a query that cannot be read. */
  public static List<Column> of(String sql) {
    Optional<ForeignTokens> tokens = ForeignTokens.ofPostgres(sql);
    if (tokens.isEmpty()) {
      return List.of();
    }
    ForeignTokens code = tokens.get();
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < code.size(); i++) {
      if (SET_OPERATORS.contains(code.lower(i))) {
        columns.addAll(columnsAround(sql, code, i));
      }
    }
    return columns;
  }

  private static List<Column> columnsAround(String sql, ForeignTokens code, int operator) {
    int left =
        bracketedSide(code, operator - 1)
            ? code.opening(operator - 1) + 1
            : code.keywordBefore(operator, i -> code.are(i, "select"));
    int right = operator + 1;
    while (code.are(right, "all") || code.are(right, "distinct") || code.are(right, "(")) {
      right++;
    }
    if (left < 0 || !code.are(left, "select") || !code.are(right, "select")) {
      return List.of();
    }
    Optional<List<Argument>> leftItems = items(sql, code, left);
    Optional<List<Argument>> rightItems = items(sql, code, right);
    if (leftItems.isEmpty()
        || rightItems.isEmpty()
        || leftItems.get().size() != rightItems.get().size()) {
      return List.of();
    }
    // in a chain, another operator may type a literal first: (a UNION '1.5' INTERSECT price)
    boolean chained =
        SET_OPERATORS.contains(code.lower(left - 1))
            || SET_OPERATORS.contains(code.lower(left - 2))
            || SET_OPERATORS.contains(code.lower(sideEnd(code, right)));
    List<Argument> last = rightItems.get();
    int end = last.get(last.size() - 1).start() + last.get(last.size() - 1).text().length();
    int start = leftItems.get().get(0).start();
    Argument written = new Argument(sql.substring(start, end), start, false);
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < last.size(); i++) {
      List<Argument> values =
          List.of(leftItems.get().get(i), last.get(i)).stream()
              .filter(value -> !(chained && value.untyped()))
              .toList();
      columns.add(new Column(written, values));
    }
    return columns;
  }

  /**
   * Whether the bracket closing at {@code close} holds a whole side of the set operation after it,
   * {@code (SELECT ...) UNION}, not a subquery of its side, {@code WHERE x IN (SELECT ...) UNION}.
   */
  private static boolean bracketedSide(ForeignTokens code, int close) {
    if (!code.are(close, ")")) {
      return false;
    }
    int open = code.opening(close);
    return open == 0
        || code.are(open - 1, "(")
        || SET_OPERATORS.contains(code.lower(open - 1))
        || code.are(open - 1, "all")
        || code.are(open - 1, "distinct");
  }

  /** The index of the token after the side that starts at the SELECT at {@code select}. */
  private static int sideEnd(ForeignTokens code, int select) {
    int depth = 0;
    for (int i = select + 1; i < code.size(); i++) {
      if (code.are(i, "(")) {
        depth++;
      } else if (code.are(i, ")") && --depth < 0) {
        return i + 1;
      } else if (depth == 0 && SET_OPERATORS.contains(code.lower(i))) {
        return i;
      }
    }
    return code.size();
  }

  /**
   * Whether the tokens from {@code from} to before {@code to} are one string literal, in brackets
   * or not, which PostgreSQL types as its context asks: {@code ('1')} too.
   */
  static boolean stringLiteral(ForeignTokens code, int from, int to) {
    int first = from;
    int last = to - 1;
    while (code.are(first, "(") && code.are(last, ")") && code.afterClosing(first) == last + 1) {
      first++;
      last--;
    }
    return first == last && code.kind(first) == SqlToken.Kind.STRING;
  }

  /** The items of the select list after the SELECT at {@code select}, each without its name. */
  private static Optional<List<Argument>> items(String sql, ForeignTokens code, int select) {
    int from = select + 1;
    if (code.are(from, "distinct") || code.are(from, "all")) {
      from++;
    }
    List<Argument> items = new ArrayList<>();
    int depth = 0;
    int itemStart = from;
    for (int i = from; i <= code.size(); i++) {
      boolean ends =
          i == code.size()
              || (depth == 0
                  && (code.are(i, ",") || ENDS_ITEMS.contains(code.lower(i)) || code.are(i, ")")));
      if (ends) {
        Optional<Argument> item = item(sql, code, itemStart, i);
        if (item.isEmpty()) {
          return Optional.empty();
        }
        items.add(item.get());
        if (i == code.size() || !code.are(i, ",")) {
          return Optional.of(items);
        }
        itemStart = i + 1;
      } else if (code.are(i, "(")) {
        depth++;
      } else if (code.are(i, ")")) {
        depth--;
      }
    }
    return Optional.of(items);
  }

  /** The item from token {@code from} to before {@code to}, without its name; empty for a star. */
  private static Optional<Argument> item(String sql, ForeignTokens code, int from, int to) {
    int end = to;
    if (end - from >= 3 && code.are(end - 2, "as")) {
      end -= 2;
    } else if (end - from >= 2 && BareAliases.isLabel(code, end - 1)) {
      end -= 1;
    }
    if (end <= from || code.are(end - 1, "*")) {
      return Optional.empty();
    }
    SqlToken first = code.token(from);
    SqlToken last = code.token(end - 1);
    String text = sql.substring(first.start(), last.start() + last.text().length());
    return Optional.of(new Argument(text, first.start(), stringLiteral(code, from, end)));
  }
}
