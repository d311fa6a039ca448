package dev.strata.processor.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What MySQL and MariaDB return for a view's column where H2 types its select item otherwise, read
 * from the item's canonical text. They have no boolean type: a condition, {@code TRUE} or {@code
 * FALSE} is an {@code int} there, and one met with a boolean column ({@code COALESCE(active,
 * FALSE)}) a {@code decimal}; only a boolean column itself, which Hibernate creates as a {@code
 * bit}, stays one when passed through ({@code active}, {@code MAX(active)}, {@code NULLIF(active,
 * TRUE)}, a {@code CASE} or {@code COALESCE} of such columns, a scalar subquery's). And the length
 * functions are an {@code int}, where H2 returns a {@code BIGINT} (measured on MariaDB 10.11, a
 * view's columns in {@code information_schema.columns}). Not a rewrite of the query for H2, as the
 * casts of {@link MySqlDecimalsOnH2} are: H2 cannot compare a boolean with 1, a condition's extent
 * needs a parse, and a length cast to an {@code INTEGER} would type {@code CHAR_LENGTH(x) + 1} as
 * one, where MariaDB returns a {@code bigint}.
 */
public final class MySqlColumnTypes {

  /** The calls whose result has the type of their arguments, and MariaDB's of a bit a bit. */
  private static final Set<String> PASSING_ALL =
      Set.of("coalesce", "ifnull", "greatest", "least", "max", "min", "any_value");

  /** Words a one-word item is not the column of: literals and operators before an alias. */
  private static final Set<String> NOT_COLUMNS =
      Set.of("true", "false", "unknown", "not", "exists");

  private MySqlColumnTypes() {}

  /**
   * Whether MySQL and MariaDB return a boolean select item as a number rather than the {@code bit}
   * Hibernate reads a {@code Boolean} from: anything but a boolean column passed through. False
   * where the item cannot be read, so that no error is made on a guess.
   */
  public static boolean conditionAsNumber(String canonicalItem) {
    List<SqlToken> tokens = expression(canonicalItem);
    return !tokens.isEmpty() && !passesColumn(tokens);
  }

  /** Whether the select item is one call of a length function, an {@code int} there. */
  public static boolean lengthAsInt(String canonicalItem) {
    List<SqlToken> tokens = expression(canonicalItem);
    return tokens.size() > 2
        && PostgresTypingOnH2.LENGTHS.contains(word(tokens, 0))
        && symbol(tokens, 1, "(")
        && closing(tokens, 1) == tokens.size() - 1;
  }

  /** The item's tokens without its alias, or none where it cannot be read. */
  static List<SqlToken> expression(String item) {
    List<SqlToken> tokens;
    try {
      tokens = SqlTokenizer.tokenize(item, false);
    } catch (InvalidQueryException e) {
      return List.of();
    }
    int depth = 0;
    for (int i = 0; i < tokens.size(); i++) {
      depth += symbol(tokens, i, "(") ? 1 : symbol(tokens, i, ")") ? -1 : 0;
      if (depth == 0 && word(tokens, i).equals("as") && i > 0) {
        return tokens.subList(0, i);
      }
    }
    int last = tokens.size() - 1;
    // an alias without AS: a name after a name, a number or a closing bracket (not after a dot)
    boolean alias =
        last > 0
            && isName(tokens.get(last))
            && !symbol(tokens, last - 1, ".")
            && (isName(tokens.get(last - 1))
                || tokens.get(last - 1).kind() == SqlToken.Kind.NUMBER
                || symbol(tokens, last - 1, ")"));
    return alias ? tokens.subList(0, last) : tokens;
  }

  /** Whether {@code tokens} is a column, or a call or {@code CASE} passing columns through. */
  private static boolean passesColumn(List<SqlToken> tokens) {
    if (tokens.isEmpty()) {
      return false;
    }
    int last = tokens.size() - 1;
    if (symbol(tokens, 0, "(") && closing(tokens, 0) == last) {
      // a scalar subquery returns its column's type; a bracket what it holds
      return word(tokens, 1).equals("select") || passesColumn(tokens.subList(1, last));
    }
    if (word(tokens, 0).equals("case") && word(tokens, last).equals("end")) {
      return results(tokens).stream().allMatch(MySqlColumnTypes::passesColumn);
    }
    if (tokens.size() > 2 && isName(tokens.get(0)) && symbol(tokens, 1, "(")) {
      return passesCall(tokens);
    }
    return isColumnName(tokens);
  }

  private static boolean passesCall(List<SqlToken> tokens) {
    int close = closing(tokens, 1);
    // a window's OVER (...) keeps the type of MAX's or MIN's argument
    boolean whole =
        close == tokens.size() - 1
            || (word(tokens, close + 1).equals("over")
                && symbol(tokens, close + 2, "(")
                && closing(tokens, close + 2) == tokens.size() - 1);
    if (close < 0 || !whole) {
      return false;
    }
    List<List<SqlToken>> arguments = arguments(tokens.subList(2, close));
    String function = word(tokens, 0);
    if (PASSING_ALL.contains(function)) {
      return arguments.stream().allMatch(MySqlColumnTypes::passesColumn);
    }
    if (function.equals("nullif") && arguments.size() == 2) {
      return passesColumn(arguments.get(0));
    }
    if (function.equals("if") && arguments.size() == 3) {
      return passesColumn(arguments.get(1)) && passesColumn(arguments.get(2));
    }
    return false;
  }

  /** A name, qualified or not; {@code NULL}, which takes the type of the others; not a literal. */
  private static boolean isColumnName(List<SqlToken> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      boolean expected = i % 2 == 0 ? isName(tokens.get(i)) : symbol(tokens, i, ".");
      if (!expected) {
        return false;
      }
    }
    return tokens.size() % 2 == 1 && !NOT_COLUMNS.contains(word(tokens, 0));
  }

  /** The results of a {@code CASE}: each after a THEN or ELSE of its own, to the next keyword. */
  static List<List<SqlToken>> results(List<SqlToken> tokens) {
    List<List<SqlToken>> results = new ArrayList<>();
    int depth = 0;
    int start = -1;
    for (int i = 1; i < tokens.size(); i++) {
      String word = word(tokens, i);
      boolean own = depth == 0;
      depth += opens(tokens, i) ? 1 : closes(tokens, i) ? -1 : 0;
      if (own && (word.equals("when") || word.equals("else") || word.equals("end"))) {
        if (start >= 0) {
          results.add(tokens.subList(start, i));
        }
        start = word.equals("else") ? i + 1 : -1;
      } else if (own && word.equals("then")) {
        start = i + 1;
      }
    }
    return results;
  }

  static List<List<SqlToken>> arguments(List<SqlToken> tokens) {
    List<List<SqlToken>> arguments = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (depth == 0 && symbol(tokens, i, ",")) {
        arguments.add(tokens.subList(start, i));
        start = i + 1;
      }
      depth += opens(tokens, i) ? 1 : closes(tokens, i) ? -1 : 0;
    }
    arguments.add(tokens.subList(start, tokens.size()));
    return arguments;
  }

  /** The index of the bracket closing the one at {@code open}, or -1. */
  static int closing(List<SqlToken> tokens, int open) {
    int depth = 0;
    for (int i = open; i < tokens.size(); i++) {
      depth += symbol(tokens, i, "(") ? 1 : symbol(tokens, i, ")") ? -1 : 0;
      if (depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static boolean opens(List<SqlToken> tokens, int i) {
    return symbol(tokens, i, "(") || word(tokens, i).equals("case");
  }

  private static boolean closes(List<SqlToken> tokens, int i) {
    return symbol(tokens, i, ")") || word(tokens, i).equals("end");
  }

  private static boolean isName(SqlToken token) {
    return token.kind() == SqlToken.Kind.WORD || token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER;
  }

  private static boolean symbol(List<SqlToken> tokens, int i, String text) {
    return i >= 0
        && i < tokens.size()
        && tokens.get(i).kind() == SqlToken.Kind.SYMBOL
        && tokens.get(i).text().equals(text);
  }

  /** The word at {@code i} in lower case, or empty where there is none. */
  private static String word(List<SqlToken> tokens, int i) {
    return i >= 0 && i < tokens.size() && tokens.get(i).kind() == SqlToken.Kind.WORD
        ? tokens.get(i).canonicalText()
        : "";
  }
}
