package dev.strata.processor.sql;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds the relations a query reads from its tokens alone: every name after {@code FROM}, {@code
 * JOIN}, a comma of a {@code FROM} list or a {@code TABLE} query, at any depth and in any
 * expression, less the names of its common table expressions where they are in scope. It backs up
 * the parser's table finder, which misses names in some expression positions and fails on some
 * valid queries.
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

  /** Words that may follow a relation and are not its alias. */
  private static final Set<String> NOT_ALIASES =
      Set.of(
          "on",
          "using",
          "where",
          "join",
          "inner",
          "left",
          "right",
          "full",
          "outer",
          "cross",
          "natural",
          "group",
          "order",
          "limit",
          "union",
          "intersect",
          "except",
          "minus",
          "window",
          "having",
          "qualify",
          "fetch",
          "offset",
          "for",
          "returning",
          "lateral",
          "straight_join",
          "partition",
          "use",
          "force",
          "ignore",
          "tablesample",
          "with",
          "select",
          "from",
          "when",
          "then",
          "else",
          "end",
          "and",
          "or",
          "not",
          "is",
          "in",
          "like",
          "semi",
          "anti",
          "asof",
          "connect",
          "start",
          "pivot",
          "unpivot",
          "match_recognize",
          "sample",
          "final",
          "apply",
          "global",
          "as");

  /**
   * What a scan of a query's tokens found.
   *
   * @param relations the lower-case names, qualified as written, of the relations read, CTE names
   *     included
   * @param aliases each alias, lower case, with the relations it stands for
   * @param positions the indexes of the tokens that name a relation or its alias where it is read
   * @param named by the index of its first token, each name read as a relation
   */
  record Found(
      Set<String> relations,
      Map<String, Set<String>> aliases,
      Set<Integer> positions,
      Map<Integer, String> named) {

    /**
     * The relations of the schema read: each name read as a relation where no common table
     * expression of that name is in scope.
     */
    Set<String> ofSchema(List<CommonTableExpressions.Scope> scopes) {
      Set<String> ofSchema = new TreeSet<>();
      named.forEach(
          (at, name) -> {
            if (scopes.stream().noneMatch(scope -> scope.hides(name, at))) {
              ofSchema.add(name);
            }
          });
      return ofSchema;
    }
  }

  /** What the scanner knows about one level of brackets. */
  private static final class Level {
    boolean query;
    boolean fromList;
  }

  private final List<SqlToken> code;
  private final Deque<Level> levels = new ArrayDeque<>();
  private final Map<String, Set<String>> aliases = new TreeMap<>();
  private final Set<Integer> positions = new TreeSet<>();
  // by the index of its first token, each name read as a relation
  private final Map<Integer, String> named = new TreeMap<>();
  private boolean expectRelation;

  private RelationScanner(List<SqlToken> code) {
    this.code = code;
    levels.push(new Level());
  }

  /** The lower-case names, unquoted, qualified as written, of the relations the tokens read. */
  static Set<String> relations(List<SqlToken> tokens) {
    List<SqlToken> code = QueryStructure.code(tokens);
    return find(code).ofSchema(CommonTableExpressions.scopes(code));
  }

  /** The relations the code tokens read, with their aliases and where they stand. */
  static Found find(List<SqlToken> code) {
    RelationScanner scanner = scanned(code);
    return new Found(
        new TreeSet<>(scanner.named.values()), scanner.aliases, scanner.positions, scanner.named);
  }

  /** By the index of its first token, each name the code tokens read as a relation. */
  static Map<Integer, String> named(List<SqlToken> code) {
    return scanned(code).named;
  }

  private static RelationScanner scanned(List<SqlToken> code) {
    RelationScanner scanner = new RelationScanner(code);
    for (int i = 0; i < code.size(); i++) {
      i = scanner.step(i);
    }
    return scanner;
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
    if (text.equals("[")) {
      // ARRAY[a, b] and a[1]: its commas list values, never relations
      levels.push(new Level());
    } else if (text.equals("]")) {
      if (levels.size() > 1) {
        levels.pop();
      }
    } else if (text.equals("(")) {
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
    } else if (level.query && QueryStructure.startsFromClause(code, i)) {
      level.fromList = true;
      expectRelation = true;
    } else if (QueryStructure.JOINS.contains(text) && !selectModifier(text, level)) {
      expectRelation = true;
    } else if (text.equals(",") && level.fromList) {
      expectRelation = true;
    } else if (text.equals("table") && (i == 0 || startsQuery(code.get(i - 1)))) {
      expectRelation = true;
    } else if (CLAUSES_AFTER_FROM.contains(text)) {
      level.fromList = false;
    }
  }

  /** MySQL's {@code SELECT STRAIGHT_JOIN a.x FROM ...}: before FROM it joins nothing. */
  private static boolean selectModifier(String text, Level level) {
    return text.equals("straight_join") && level.query && !level.fromList;
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
      named.put(i, name.toString());
      for (int at = i; at <= last; at++) {
        positions.add(at);
      }
      alias(last + 1, name.toString());
    }
    return last;
  }

  /** Records the alias that may stand at {@code at}, after a relation: {@code [AS] alias}. */
  private void alias(int at, String relation) {
    int next = at < code.size() && code.get(at).is("as") ? at + 1 : at;
    if (next >= code.size() || !isName(code.get(next))) {
      return;
    }
    SqlToken token = code.get(next);
    if (token.kind() == SqlToken.Kind.WORD && NOT_ALIASES.contains(QueryStructure.lower(token))) {
      return;
    }
    aliases.computeIfAbsent(unquoted(token), key -> new TreeSet<>()).add(relation);
    positions.add(next);
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
    return unquotedText(token).toLowerCase(Locale.ROOT);
  }

  /** The name as the database stores it, but for case folding: without quotes. */
  static String unquotedText(SqlToken token) {
    String text = token.text();
    if (token.isUnicodeEscaped()) {
      // the tokenizer made it one token only where PostgreSQL decodes it
      return UnicodeEscapes.decoded(text).orElseThrow();
    }
    if (token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER) {
      char quote = text.charAt(0);
      text = text.substring(1, text.length() - 1).replace("" + quote + quote, "" + quote);
    }
    return text;
  }
}
