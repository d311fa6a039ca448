package dev.strata.processor.sql;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/** A query's code tokens read by position, for the rules of {@link ForeignSyntax}. */
final class ForeignTokens {

  /** The words that, before a name at their own level, put it outside any FROM clause. */
  private static final Set<String> OUTSIDE_FROM =
      Set.of(
          "select",
          "where",
          "group",
          "having",
          "window",
          "order",
          "by",
          "limit",
          "offset",
          "fetch",
          "union",
          "intersect",
          "except",
          "returning",
          "values",
          "set",
          "into");

  private final List<SqlToken> code;

  ForeignTokens(List<SqlToken> tokens) {
    this.code = QueryStructure.code(tokens);
  }

  /**
   * The code tokens of {@code sql} as PostgreSQL reads it; empty when it cannot be read (an
   * unclosed quote is reported where the query is parsed).
   */
  static Optional<ForeignTokens> ofPostgres(String sql) {
    try {
      return Optional.of(new ForeignTokens(SqlTokenizer.tokenizeAsPostgres(sql)));
    } catch (InvalidQueryException e) {
      return Optional.empty();
    }
  }

  int size() {
    return code.size();
  }

  /** Whether the tokens from {@code at} on are the keywords or symbols {@code words}. */
  boolean are(int at, String... words) {
    if (at < 0 || at + words.length > code.size()) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      if (!code.get(at + i).is(words[i])) {
        return false;
      }
    }
    return true;
  }

  /** The token at {@code at} as the structural check compares it; empty past the end. */
  String lower(int at) {
    return at >= 0 && at < code.size() ? QueryStructure.lower(code.get(at)) : "";
  }

  /** The code token at {@code at}, which must exist. */
  SqlToken token(int at) {
    return code.get(at);
  }

  SqlToken.Kind kind(int at) {
    return at >= 0 && at < code.size() ? code.get(at).kind() : null;
  }

  /** Whether the token at {@code at} ends an operand: a name, a literal or a closing bracket. */
  boolean endsOperand(int at) {
    SqlToken.Kind kind = kind(at);
    return kind == SqlToken.Kind.WORD
        || kind == SqlToken.Kind.QUOTED_IDENTIFIER
        || kind == SqlToken.Kind.STRING
        || kind == SqlToken.Kind.NUMBER
        || are(at, ")");
  }

  /**
   * Whether the token at {@code at} starts a FROM clause ({@link QueryStructure#startsFromClause}).
   */
  boolean startsFromClause(int at) {
    return at >= 0 && at < code.size() && QueryStructure.startsFromClause(code, at);
  }

  /**
   * Whether a SELECT stands before {@code at} within its brackets, so that the keyword there is a
   * clause of that query: the FROM of {@code SELECT a FROM (...)}, not the one of a function's
   * arguments ({@code EXTRACT(YEAR FROM (...))}, {@code TRIM(BOTH ' ' FROM (...))}).
   */
  boolean inSelect(int at) {
    int depth = 0;
    for (int i = at - 1; i >= 0; i--) {
      if (code.get(i).is(")")) {
        depth++;
      } else if (code.get(i).is("(") && --depth < 0) {
        return false;
      } else if (depth == 0 && code.get(i).is("select")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the token at {@code at} stands in the brackets of {@code word}: {@code CAST(...)}. */
  boolean inBracketsOf(int at, String word) {
    int depth = 0;
    for (int i = at - 1; i >= 0; i--) {
      if (code.get(i).is(")")) {
        depth++;
      } else if (code.get(i).is("(") && --depth < 0) {
        return are(i - 1, word);
      }
    }
    return false;
  }

  /**
   * Whether the token at {@code at} is the {@code AS} of a {@code CAST(x AS type)} or the comma of
   * a {@code CONVERT(x, type)}, so that a type follows it.
   */
  boolean introducesCastType(int at) {
    return (are(at, "as") && inBracketsOf(at, "cast"))
        || (are(at, ",") && inBracketsOf(at, "convert"));
  }

  /** The indexes of the names a {@code WITH} list defines ({@code WITH totals(n) AS (...)}). */
  Set<Integer> definedNames() {
    Set<Integer> names = new HashSet<>();
    CommonTableExpressions.scopes(code).forEach(scope -> names.add(scope.at()));
    return names;
  }

  /** Whether the bracket at {@code close} ends a {@code DISTINCT ON (...)}. */
  boolean closesDistinctOn(int close) {
    if (!are(close, ")")) {
      return false;
    }
    int open = opening(close);
    return open > 0 && are(open - 1, "on") && are(open - 2, "distinct");
  }

  /** Whether the word at {@code at} starts a query: the text's, a bracket's, a set operation's. */
  boolean startsQuery(int at) {
    return at == 0 || QueryStructure.BEFORE_SELECT.contains(lower(at - 1));
  }

  /** Whether {@code FETCH FIRST} or {@code FETCH NEXT} starts at {@code at}. */
  boolean fetchesRows(int at) {
    return are(at, "fetch", "first") || are(at, "fetch", "next");
  }

  /** The name that starts at {@code at} as written, with its qualifiers: {@code s.t}. */
  String relationName(int at) {
    StringBuilder name = new StringBuilder(token(at).text());
    for (int i = at + 1; are(i, ".") && i + 1 < code.size(); i += 2) {
      name.append('.').append(token(i + 1).text());
    }
    return name.toString();
  }

  /**
   * The index of the bracket that the one at {@code close} closes, a {@code [} for a {@code ]} and
   * a {@code (} otherwise; -1 if none.
   */
  int opening(int close) {
    boolean square = are(close, "]");
    String opens = square ? "[" : "(";
    String closes = square ? "]" : ")";
    int depth = 0;
    for (int i = close; i >= 0; i--) {
      if (code.get(i).is(closes)) {
        depth++;
      } else if (code.get(i).is(opens) && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The index after the bracket that closes the one at {@code open}, a {@code ]} for a {@code [}
   * and a {@code )} otherwise, or the size if none.
   */
  int afterClosing(int open) {
    boolean square = are(open, "[");
    String opens = square ? "[" : "(";
    String closes = square ? "]" : ")";
    int depth = 0;
    for (int i = open; i < code.size(); i++) {
      if (code.get(i).is(opens)) {
        depth++;
      } else if (code.get(i).is(closes) && --depth == 0) {
        return i + 1;
      }
    }
    return code.size();
  }

  /**
   * Whether {@code i} stands in a query's FROM clause, at its own level: not in a list of sort or
   * grouping keys ({@code ORDER BY a, b desc}), whose comma also follows a name.
   */
  boolean inFromClause(int i) {
    int clause =
        keywordBefore(
            i, at -> are(at, "join") || startsFromClause(at) || OUTSIDE_FROM.contains(lower(at)));
    return clause >= 0 && (are(clause, "join") || startsFromClause(clause)) && inSelect(clause);
  }

  /**
   * The index of the nearest token before {@code at}, at its bracket's own level, that {@code
   * stops} takes; -1 if the bracket opens first, or none does.
   */
  int keywordBefore(int at, IntPredicate stops) {
    int depth = 0;
    for (int i = at - 1; i >= 0; i--) {
      if (are(i, ")")) {
        depth++;
      } else if (are(i, "(") && --depth < 0) {
        return -1;
      } else if (depth == 0 && stops.test(i)) {
        return i;
      }
    }
    return -1;
  }
}
