package dev.strata.processor.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A way round a gap of JSqlParser 5.3: a bracket that opens with a scalar subquery, {@code ((SELECT
 * ...) - x)}, as PostgreSQL stores a view's arithmetic, is read as a bracketed query, and the
 * parser fails at the operator after it once the subquery holds brackets of its own; its complete
 * grammar fails too, after time that grows several times over with each bracket level. A unary plus
 * before such a subquery makes the bracket an expression and changes nothing the parse is read for;
 * the text of the select items loses the marks again.
 */
final class ScalarSubqueryOperands {

  /** Words that continue an expression after its left operand. */
  private static final Set<String> OPERATOR_WORDS =
      Set.of("and", "or", "is", "like", "ilike", "in", "not", "between", "collate");

  /** Symbols that end or separate operands rather than join them. */
  private static final Set<String> NOT_OPERATORS = Set.of(")", "(", ",", ";", ".", "[", "]");

  private ScalarSubqueryOperands() {}

  /**
   * The parser input with a {@code +} before each subquery that opens a bracket as the left operand
   * of an operator; empty when there is none, when the two readings of a backslash tokenize the
   * text differently, or when the query writes such a plus itself, which {@link #unmarked} would
   * then take for a mark.
   */
  static Optional<String> marked(String parserInput) {
    List<SqlToken> tokens;
    try {
      tokens = SqlTokenizer.tokenize(parserInput, false);
      if (parserInput.indexOf('\\') >= 0
          && !QueryAnalyzer.canonical(tokens)
              .equals(QueryAnalyzer.canonical(SqlTokenizer.tokenize(parserInput, true)))) {
        return Optional.empty();
      }
    } catch (InvalidQueryException e) {
      return Optional.empty();
    }
    if (markAt(tokens).isPresent()) {
      return Optional.empty();
    }
    List<Integer> marks = new ArrayList<>();
    for (int i = 0; i + 2 < tokens.size(); i++) {
      if (opensSubquery(tokens, i + 1) && tokens.get(i).is("(") && leftOperand(tokens, i + 1)) {
        marks.add(tokens.get(i + 1).start());
      }
    }
    if (marks.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder(parserInput);
    // from the end, so that each insertion leaves the positions before it as they were
    for (int i = marks.size() - 1; i >= 0; i--) {
      text.insert((int) marks.get(i), "+");
    }
    return Optional.of(text.toString());
  }

  /** A select item's canonical text without the marks {@link #marked} put in. */
  static String unmarked(String canonicalItem) {
    List<SqlToken> tokens = new ArrayList<>(SqlTokenizer.tokenize(canonicalItem, false));
    for (Optional<Integer> mark = markAt(tokens); mark.isPresent(); mark = markAt(tokens)) {
      tokens.remove((int) mark.get());
    }
    return QueryAnalyzer.canonical(tokens);
  }

  /** The index of the first {@code +} written between {@code (} and a subquery, if any. */
  private static Optional<Integer> markAt(List<SqlToken> tokens) {
    for (int i = 1; i + 2 < tokens.size(); i++) {
      if (tokens.get(i).is("+") && tokens.get(i - 1).is("(") && opensSubquery(tokens, i + 1)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private static boolean opensSubquery(List<SqlToken> tokens, int at) {
    return at + 1 < tokens.size()
        && tokens.get(at).is("(")
        && (tokens.get(at + 1).is("select") || tokens.get(at + 1).is("with"));
  }

  /** Whether an operator follows the bracket that opens at {@code open}. */
  private static boolean leftOperand(List<SqlToken> tokens, int open) {
    int depth = 0;
    for (int i = open; i < tokens.size(); i++) {
      SqlToken token = tokens.get(i);
      if (token.is("(")) {
        depth++;
      } else if (token.is(")") && --depth == 0) {
        return i + 1 < tokens.size() && isOperator(tokens.get(i + 1));
      }
    }
    return false;
  }

  private static boolean isOperator(SqlToken token) {
    return switch (token.kind()) {
      case SYMBOL -> !NOT_OPERATORS.contains(token.text());
      case WORD -> OPERATOR_WORDS.contains(token.canonicalText());
      default -> false;
    };
  }
}
