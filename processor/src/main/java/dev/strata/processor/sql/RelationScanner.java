package dev.strata.processor.sql;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the relations a query reads from its tokens alone: every name after {@code FROM}, {@code
 * JOIN}, a comma of a {@code FROM} list or a {@code TABLE} query, at any depth and in any
 * expression, less the names of its common table expressions. It backs up the parser's table
 * finder, which misses names in some expression positions and fails on some valid queries.
 */
final class RelationScanner {

  private static final Set<String> CLAUSES_AFTER_FROM =
      Set.of(
          "where",
          "group",
          "having",
          "order",
          "limit",
          "window",
          "qualify",
          "union",
          "intersect",
          "except",
          "minus",
          "fetch",
          "offset",
          "for",
          "returning");
  private static final Set<String> RELATION_MODIFIERS = Set.of("lateral", "only");

  /** What the scanner knows about one level of brackets. */
  private static final class Level {
    boolean query;
    boolean fromList;
  }

  private final List<SqlToken> code;
  private final Deque<Level> levels = new ArrayDeque<>();
  private final Set<String> relations = new TreeSet<>();
  private boolean expectRelation;

  private RelationScanner(List<SqlToken> code) {
    this.code = code;
    levels.push(new Level());
  }

  /** The lower-case names, unquoted, qualified as written, of the relations the tokens read. */
  static Set<String> relations(List<SqlToken> tokens) {
    List<SqlToken> code = QueryStructure.code(tokens);
    RelationScanner scanner = new RelationScanner(code);
    for (int i = 0; i < code.size(); i++) {
      i = scanner.step(i);
    }
    scanner.relations.removeAll(CommonTableExpressions.names(code));
    return scanner.relations;
  }

  /** Reads the token at {@code i}; returns the index of the last token it consumed. */
  private int step(int i) {
    SqlToken token = code.get(i);
    String text = QueryStructure.lower(token);
    boolean expected = expectRelation;
    expectRelation = false;
    if (expected && isName(token)) {
      return RELATION_MODIFIERS.contains(text) ? keepExpecting(i) : name(i);
    }
    if (text.equals("(")) {
      Level level = new Level();
      // FROM (a JOIN b): a bracketed join, whose first name is a relation too
      boolean join = expected && i + 1 < code.size() && !startsQuery(code.get(i + 1));
      level.fromList = join;
      expectRelation = join;
      levels.push(level);
    } else if (text.equals(")")) {
      if (levels.size() > 1) {
        levels.pop();
      }
    } else {
      keyword(text, i);
    }
    return i;
  }

  private void keyword(String text, int i) {
    Level level = levels.peek();
    if (text.equals("select")) {
      level.query = true;
      level.fromList = false;
    } else if (text.equals("from") && level.query) {
      level.fromList = true;
      expectRelation = true;
    } else if (text.endsWith("join")) {
      expectRelation = true;
    } else if (text.equals(",") && level.fromList) {
      expectRelation = true;
    } else if (text.equals("table") && (i == 0 || startsQuery(code.get(i - 1)))) {
      expectRelation = true;
    } else if (CLAUSES_AFTER_FROM.contains(text)) {
      level.fromList = false;
    }
  }

  private int keepExpecting(int i) {
    expectRelation = true;
    return i;
  }

  /** A possibly qualified name; not a relation when a bracket follows, as a function's does. */
  private int name(int i) {
    StringBuilder name = new StringBuilder(unquoted(code.get(i)));
    int last = i;
    while (last + 2 < code.size() && code.get(last + 1).is(".") && isName(code.get(last + 2))) {
      name.append('.').append(unquoted(code.get(last + 2)));
      last += 2;
    }
    boolean call = last + 1 < code.size() && code.get(last + 1).is("(");
    if (!call) {
      relations.add(name.toString());
    }
    return last;
  }

  /** Whether a query starts with this token, or may start after it. */
  private static boolean startsQuery(SqlToken token) {
    String text = QueryStructure.lower(token);
    return QueryStructure.QUERY_STARTS.contains(text)
        || QueryStructure.BEFORE_SELECT.contains(text);
  }

  static boolean isName(SqlToken token) {
    return token.kind() == SqlToken.Kind.WORD || token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER;
  }

  /** The name as the schema model compares it: without quotes, in lower case. */
  static String unquoted(SqlToken token) {
    String text = token.text();
    if (token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER) {
      char quote = text.charAt(0);
      text = text.substring(1, text.length() - 1).replace("" + quote + quote, "" + quote);
    }
    return text.toLowerCase(Locale.ROOT);
  }
}
