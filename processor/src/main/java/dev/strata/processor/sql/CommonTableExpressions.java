package dev.strata.processor.sql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the names a query gives its common table expressions ({@code WITH name [(columns)] AS
 * [[NOT] MATERIALIZED] (}), which read no relation of the schema.
 */
final class CommonTableExpressions {

  private CommonTableExpressions() {}

  /**
   * Where a common table expression's name stands for it rather than for a table or view of the
   * schema.
   *
   * @param name its name, as {@link RelationScanner#unquoted} gives it
   * @param at the token index of its name where the {@code WITH} list defines it
   * @param from the first token index of its scope
   * @param to the token index just after its scope
   */
  record Scope(String name, int at, int from, int to) {

    /** Whether an unqualified {@code relation} named at token {@code at} is this expression. */
    boolean hides(String relation, int at) {
      return relation.equals(name) && at >= from && at < to;
    }
  }

  /**
   * The scope of each common table expression: the rest of the bracket that holds its {@code WITH},
   * from the end of its own query on, since without {@code RECURSIVE} its name in its own query and
   * in those before it names the schema's relation ({@code WITH orders AS (SELECT * FROM orders
   * WHERE ...)}); with {@code RECURSIVE}, from the {@code WITH} on.
   */
  static List<Scope> scopes(List<SqlToken> code) {
    List<Scope> scopes = new ArrayList<>();
    // by WITH: the expressions of one list share its bracket, found once for them all
    Map<Integer, Integer> levelEnds = new HashMap<>();
    for (Definition definition : definitions(code)) {
      int i = definition.at();
      int with = definition.with();
      boolean recursive = with + 1 < code.size() && code.get(with + 1).is("recursive");
      int from = recursive ? with : closing(code, queryBracket(code, i + 1)) + 1;
      int to = levelEnds.computeIfAbsent(with, start -> levelEnd(code, start));
      scopes.add(new Scope(RelationScanner.unquoted(code.get(i)), i, from, to));
    }
    return scopes;
  }

  /**
   * Where a {@code WITH} list defines a name.
   *
   * @param at the token index of the name
   * @param with the token index of the {@code WITH}
   */
  private record Definition(int at, int with) {}

  /**
   * The names that {@code WITH} lists define, in order: a name after {@code WITH}, {@code
   * RECURSIVE} or the comma after an earlier one's query, before {@code [(columns)] AS [[NOT]
   * MATERIALIZED] (}. A {@code WINDOW w AS (...), v AS (...)} list defines none.
   */
  private static List<Definition> definitions(List<SqlToken> code) {
    List<Definition> definitions = new ArrayList<>();
    // the commas that may continue a WITH list, each right after a definition's query, by the
    // index of that list's WITH
    Map<Integer, Integer> listCommas = new HashMap<>();
    for (int i = 1; i < code.size(); i++) {
      SqlToken before = code.get(i - 1);
      int with = -1;
      if (before.is("with")) {
        with = i - 1;
      } else if (before.is("recursive") && i >= 2 && code.get(i - 2).is("with")) {
        with = i - 2;
      } else if (before.is(",")) {
        with = listCommas.getOrDefault(i - 1, -1);
      }
      if (with >= 0 && RelationScanner.isName(code.get(i)) && definesQuery(code, i + 1)) {
        definitions.add(new Definition(i, with));
        listCommas.put(closing(code, queryBracket(code, i + 1)) + 1, with);
      }
    }
    return definitions;
  }

  /**
   * The brackets that hold the queries of the expressions of {@code WITH RECURSIVE} lists: each as
   * the token indexes of its {@code (} and {@code )}.
   */
  static List<int[]> recursiveQueries(List<SqlToken> code) {
    List<int[]> queries = new ArrayList<>();
    for (Definition definition : definitions(code)) {
      int with = definition.with();
      if (with + 1 < code.size() && code.get(with + 1).is("recursive")) {
        int open = queryBracket(code, definition.at() + 1);
        queries.add(new int[] {open, closing(code, open)});
      }
    }
    return queries;
  }

  /**
   * The name of a common table expression that nothing follows, at the end or before the {@code )}
   * of the bracket holding its {@code WITH}: a {@code WITH} list without its query.
   */
  static Optional<String> withoutQuery(List<SqlToken> code) {
    for (Definition definition : definitions(code)) {
      int i = definition.at();
      int next = closing(code, queryBracket(code, i + 1)) + 1;
      if (next >= code.size() || code.get(next).is(")")) {
        return Optional.of(code.get(i).text());
      }
    }
    return Optional.empty();
  }

  /** The index of the {@code (} that opens the query of the expression whose name ends before. */
  private static int queryBracket(List<SqlToken> code, int at) {
    int next = at;
    if (code.get(next).is("(")) {
      next = closing(code, next) + 1;
    }
    while (!code.get(next).is("(")) {
      next++;
    }
    return next;
  }

  /** The index of the {@code )} that closes the bracket holding {@code at}, or the code's size. */
  private static int levelEnd(List<SqlToken> code, int at) {
    int depth = 0;
    for (int i = at; i < code.size(); i++) {
      if (code.get(i).is("(")) {
        depth++;
      } else if (code.get(i).is(")") && --depth < 0) {
        return i;
      }
    }
    return code.size();
  }

  /** Whether the tokens from {@code at} are {@code [(columns)] AS [[NOT] MATERIALIZED] (}. */
  private static boolean definesQuery(List<SqlToken> code, int at) {
    int next = at;
    if (next < code.size() && code.get(next).is("(")) {
      next = closing(code, next) + 1;
    }
    if (next >= code.size() || !code.get(next).is("as")) {
      return false;
    }
    next++;
    if (next < code.size() && code.get(next).is("not")) {
      next++;
    }
    if (next < code.size() && code.get(next).is("materialized")) {
      next++;
    }
    return next < code.size() && code.get(next).is("(");
  }

  /** The index of the bracket that closes the one at {@code open}, or the last token. */
  private static int closing(List<SqlToken> code, int open) {
    int depth = 0;
    for (int i = open; i < code.size(); i++) {
      if (code.get(i).is("(")) {
        depth++;
      } else if (code.get(i).is(")") && --depth == 0) {
        return i;
      }
    }
    return code.size() - 1;
  }
}
