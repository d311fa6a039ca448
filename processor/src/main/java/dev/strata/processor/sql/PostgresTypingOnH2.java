package dev.strata.processor.sql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A query written for PostgreSQL with the expressions whose result H2 types otherwise respelt so
 * that H2 gives the type PostgreSQL gives, for the compile-time run in its mode. H2 gives a {@code
 * BIGINT} for {@code CHAR_LENGTH}, {@code CHARACTER_LENGTH}, {@code LENGTH} and {@code
 * OCTET_LENGTH}, where PostgreSQL gives an {@code integer}, and an {@code INTEGER} for {@code
 * EXTRACT}, where PostgreSQL gives a {@code numeric}: such a call is cast to that type. It keeps a
 * date plus or minus an {@code INTERVAL} a {@code DATE}, where PostgreSQL gives a {@code
 * timestamp}: the date is made one by H2's {@code DATEADD(SECOND, 0, x)}, which leaves a time or
 * timestamp as it is. Arithmetic on them is typed alike on both from there (measured on PostgreSQL
 * 15, the view's columns in {@code information_schema.columns}).
 */
public final class PostgresTypingOnH2 {

  /** The length functions, which PostgreSQL, MySQL and MariaDB return as an integer. */
  static final Set<String> LENGTHS =
      Set.of("char_length", "character_length", "length", "octet_length");

  /** Words that end no operand, where a {@code -} or {@code +} before INTERVAL is its sign. */
  private static final Set<String> NO_OPERAND =
      Set.of(
          "select",
          "distinct",
          "all",
          "where",
          "and",
          "or",
          "not",
          "when",
          "then",
          "else",
          "case",
          "on",
          "having",
          "by",
          "in",
          "is",
          "as",
          "between",
          "like",
          "return",
          "values",
          "set");

  /** What may follow the last item of a select list, or a comma between two. */
  private static final Set<String> ENDS_ITEM =
      Set.of(
          ",",
          ")",
          "from",
          "where",
          "group",
          "having",
          "window",
          "union",
          "intersect",
          "except",
          "order",
          "limit",
          "offset",
          "fetch",
          "into");

  /** The words that start a typed literal, {@code DATE '2024-01-31'}. */
  private static final Set<String> LITERAL_TYPES = Set.of("date", "time", "timestamp");

  private PostgresTypingOnH2() {}

  /** {@code sql} with each such expression typed as PostgreSQL types it. */
  public static String typedAsThere(String sql) {
    List<SqlToken> tokens;
    try {
      tokens = SqlTokenizer.tokenizeAsPostgres(sql);
    } catch (InvalidQueryException e) {
      // an unclosed quote or comment is reported where the query is parsed
      return sql;
    }
    ForeignTokens code = new ForeignTokens(tokens);
    List<Insertion> insertions = new ArrayList<>();
    for (int i = 0; i < code.size(); i++) {
      if (i + 1 < code.size()) {
        castCall(code, i, insertions);
        intervalOperand(code, i, insertions);
        averagedNumber(code, i, insertions);
      }
      exactNumeric(code, i, insertions);
    }
    // from the last offset, so that those before still hold; at one offset, each text goes left of
    // those inserted before it there: an outer construct's opening last, its closing first
    insertions.sort(
        Comparator.comparingInt(Insertion::at).reversed().thenComparingInt(Insertion::rank));
    StringBuilder typed = new StringBuilder(sql);
    insertions.forEach(insertion -> typed.insert(insertion.at(), insertion.text()));
    return typed.toString();
  }

  /**
   * Casts the call at {@code at} if it is one H2 types otherwise; a whole select item is given the
   * name PostgreSQL gives it, the function's, which the cast would change in H2.
   */
  private static void castCall(ForeignTokens code, int at, List<Insertion> insertions) {
    String type = castType(code, at);
    if (type == null) {
      return;
    }
    int after = code.afterClosing(at + 1);
    SqlToken closing = code.token(after - 1);
    String name = selectItem(code, at, after) ? " AS \"" + code.lower(at) + "\"" : "";
    insertions.add(Insertion.opening(insertions, code.token(at).start(), "CAST("));
    insertions.add(Insertion.closing(insertions, closing.start() + 1, " AS " + type + ")" + name));
  }

  /** The type to cast the call at {@code at} to, or null if it is no such call. */
  private static String castType(ForeignTokens code, int at) {
    if (code.kind(at) != SqlToken.Kind.WORD
        || !code.are(at + 1, "(")
        || code.are(at - 1, ".")
        || !code.token(code.afterClosing(at + 1) - 1).text().equals(")")) {
      return null;
    }
    String name = code.lower(at);
    if (LENGTHS.contains(name)) {
      return "INTEGER";
    }
    // a precision H2's PostgreSQL mode keeps, where it reads a bare NUMERIC as a DECFLOAT
    return name.equals("extract") ? "NUMERIC(1000, 500)" : null;
  }

  /**
   * Whether the tokens from {@code start} to {@code end} are a whole item of a select list, with no
   * name of its own: after the SELECT (or its DISTINCT or ALL) or a comma of the list, and before a
   * comma, a clause after the list or the end of the query or of its brackets.
   */
  private static boolean selectItem(ForeignTokens code, int start, int end) {
    // not COUNT(DISTINCT LENGTH(x)): a DISTINCT or ALL right after the SELECT
    boolean opens =
        code.are(start - 1, "select")
            || code.are(start - 2, "select", "distinct")
            || code.are(start - 2, "select", "all")
            || (code.are(start - 1, ",") && inSelectList(code, start - 1));
    return opens && (end >= code.size() || ENDS_ITEM.contains(code.lower(end)));
  }

  /** Whether the comma at {@code at} separates the items of a select list. */
  private static boolean inSelectList(ForeignTokens code, int at) {
    int depth = 0;
    for (int i = at - 1; i >= 0; i--) {
      if (code.are(i, ")")) {
        depth++;
      } else if (code.are(i, "(") && --depth < 0) {
        return false;
      } else if (depth == 0 && code.kind(i) == SqlToken.Kind.WORD) {
        String word = code.lower(i);
        if (word.equals("select")) {
          return true;
        }
        if (Set.of("from", "where", "group", "having", "order", "window", "by").contains(word)) {
          return false;
        }
      }
    }
    return false;
  }

  /**
   * Makes the operand before {@code + INTERVAL} or {@code - INTERVAL} at {@code at} a timestamp if
   * it is a date: a name, a typed literal, a call or a bracket, with the {@code ::type} casts after
   * it.
   */
  private static void intervalOperand(ForeignTokens code, int at, List<Insertion> insertions) {
    if (!(code.are(at, "+") || code.are(at, "-")) || !code.are(at + 1, "interval") || at == 0) {
      return;
    }
    int start = operandStart(code, at - 1);
    if (start < 0) {
      return;
    }
    SqlToken last = code.token(at - 1);
    insertions.add(Insertion.opening(insertions, code.token(start).start(), "DATEADD(SECOND, 0, "));
    insertions.add(Insertion.closing(insertions, last.start() + last.text().length(), ")"));
  }

  /** The first token of the operand that ends at {@code end}, or -1 if it is none of the above. */
  private static int operandStart(ForeignTokens code, int end) {
    int start;
    if (code.are(end, ")")) {
      start = code.opening(end);
      if (start > 0 && code.kind(start - 1) == SqlToken.Kind.WORD) {
        start--;
      }
    } else if ((code.kind(end) == SqlToken.Kind.WORD && !NO_OPERAND.contains(code.lower(end)))
        || code.kind(end) == SqlToken.Kind.QUOTED_IDENTIFIER) {
      start = end;
      while (code.are(start - 1, ".") && start >= 2) {
        start -= 2;
      }
    } else if (code.kind(end) == SqlToken.Kind.STRING
        && LITERAL_TYPES.contains(code.lower(end - 1))) {
      start = end - 1;
    } else {
      return -1;
    }
    // x::date: the operand is what stands before the cast
    return start >= 2 && code.are(start - 1, "::") ? operandStart(code, start - 2) : start;
  }

  /**
   * Makes the argument of the {@code AVG} at {@code at} a {@code NUMERIC} if it is an integer, as
   * H2 averages integers into a {@code DOUBLE PRECISION}, where PostgreSQL gives a {@code numeric}:
   * multiplied by {@code 1.0}, an integer or numeric argument averages to a {@code NUMERIC} on H2,
   * and a floating one to a {@code DECFLOAT}, the type H2 gives a {@code double precision} met with
   * a numeric, which the run in its mode reads as PostgreSQL's {@code double precision}.
   */
  private static void averagedNumber(ForeignTokens code, int at, List<Insertion> insertions) {
    if (!code.are(at, "avg") || !code.are(at + 1, "(") || code.are(at - 1, ".")) {
      return;
    }
    int closing = code.afterClosing(at + 1) - 1;
    int first = code.are(at + 2, "distinct") || code.are(at + 2, "all") ? at + 3 : at + 2;
    if (!code.are(closing, ")") || first >= closing) {
      return;
    }
    insertions.add(Insertion.opening(insertions, code.token(first).start(), "("));
    insertions.add(Insertion.closing(insertions, code.token(closing).start(), ") * 1.0"));
  }

  /**
   * Keeps PostgreSQL's exact {@code numeric} a {@code NUMERIC} on H2, where its PostgreSQL mode
   * makes a {@code DECFLOAT} of a bare {@code NUMERIC} or {@code DECIMAL} cast type and of a number
   * written with an exponent ({@code 1e3}), a type the run reads as a {@code double precision}.
   */
  private static void exactNumeric(ForeignTokens code, int at, List<Insertion> insertions) {
    SqlToken token = code.token(at);
    boolean castType =
        (code.are(at - 1, "::") || code.introducesCastType(at - 1))
            && (code.are(at, "numeric") || code.are(at, "decimal"))
            && !code.are(at + 1, "(");
    if (castType) {
      insertions.add(
          Insertion.closing(insertions, token.start() + token.text().length(), "(1000, 500)"));
    } else if (code.kind(at) == SqlToken.Kind.NUMBER
        && token.text().toLowerCase(java.util.Locale.ROOT).contains("e")
        && !token.text().toLowerCase(java.util.Locale.ROOT).startsWith("0x")) {
      insertions.add(Insertion.opening(insertions, token.start(), "CAST("));
      insertions.add(
          Insertion.closing(
              insertions, token.start() + token.text().length(), " AS NUMERIC(1000, 500))"));
    }
  }

  /**
   * Text to insert into the query at offset {@code at}; {@code rank} orders the texts of one
   * offset, as {@link #opening} and {@link #closing} give it from the order the constructs were
   * found in, outer ones first.
   */
  private record Insertion(int at, String text, int rank) {

    static Insertion opening(List<Insertion> found, int at, String text) {
      return new Insertion(at, text, -found.size());
    }

    static Insertion closing(List<Insertion> found, int at, String text) {
      return new Insertion(at, text, found.size());
    }
  }
}
