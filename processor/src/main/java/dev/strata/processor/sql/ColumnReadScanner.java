package dev.strata.processor.sql;

import dev.strata.processor.model.ColumnReads;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds which columns of which relations a query may read, from its tokens alone, erring towards
 * too many: a name it cannot place is taken as a column of every relation the query reads, and
 * anything that reads columns without naming them ({@code *}, {@code NATURAL JOIN}, text some
 * database reads as code) as every column.
 *
 * <p>A qualified name {@code q.c} is column {@code c} of the relation whose name or alias {@code q}
 * is; a name qualified by a common table expression reads nothing of the schema itself (the
 * expression's own query is scanned); any other qualifier ({@code d.c} of a derived table) leaves
 * {@code c} unplaced. A name used alone that is a relation or its alias (PostgreSQL's whole-row
 * reference) reads every column of it. A collation's name, after {@code COLLATE}, reads nothing,
 * nor does a character set's ({@link CharacterSets}).
 */
final class ColumnReadScanner {

  /**
   * Words that no supported database lets name a column unquoted, left out of the recorded reads
   * only so that snapshots stay short to read: keeping one would be harmless.
   */
  private static final Set<String> RESERVED_EVERYWHERE =
      Set.of(
          "select",
          "from",
          "where",
          "and",
          "or",
          "not",
          "null",
          "as",
          "on",
          "join",
          "case",
          "when",
          "then",
          "else",
          "distinct",
          "group",
          "by",
          "order",
          "having",
          "union",
          "all",
          "in",
          "inner",
          "left",
          "right",
          "cross",
          "using",
          "with",
          "is",
          "like",
          "true",
          "false");

  /** What may stand before a {@code *} that selects every column. */
  private static final Set<String> BEFORE_STAR = Set.of("select", "distinct", "all", ",");

  private final List<SqlToken> code;
  private final RelationScanner.Found found;
  private final Set<String> expressions;
  // where a WITH list names what it defines, which reads nothing
  private final Set<Integer> definitions = new HashSet<>();
  private final Set<String> entries = new TreeSet<>();

  private ColumnReadScanner(List<SqlToken> code) {
    this.code = code;
    this.found = RelationScanner.find(code);
    List<CommonTableExpressions.Scope> scopes = CommonTableExpressions.scopes(code);
    Set<String> expressions = new TreeSet<>();
    scopes.forEach(
        scope -> {
          expressions.add(scope.name());
          definitions.add(scope.at());
        });
    // a common table expression named as a table it reads, WITH orders AS (... FROM orders o):
    // outside its own scope the name is that table's, whose columns its alias places
    expressions.removeAll(found.ofSchema(scopes));
    this.expressions = Set.copyOf(expressions);
  }

  static ColumnReads reads(List<SqlToken> tokens) {
    if (tokens.stream()
        .anyMatch(token -> token.kind() == SqlToken.Kind.VERBATIM && !token.isHint())) {
      return new ColumnReads(List.of(ColumnReads.EVERY_COLUMN));
    }
    ColumnReadScanner scanner = new ColumnReadScanner(QueryStructure.code(tokens));
    for (int i = 0; i < scanner.code.size(); i++) {
      i = scanner.step(i);
    }
    return new ColumnReads(new ArrayList<>(scanner.entries));
  }

  /** Reads the token at {@code i}; returns the index of the last token it consumed. */
  private int step(int i) {
    SqlToken token = code.get(i);
    if (token.is("*")) {
      if (i > 0 && startsSelectList(i - 1)) {
        entries.add(ColumnReads.EVERY_COLUMN);
      }
      return i;
    }
    if (token.is("natural") || token.is("table")) {
      // a natural join reads the columns both sides share; TABLE t reads all of t
      entries.add(ColumnReads.EVERY_COLUMN);
      return i;
    }
    int collation = Collations.nameEnd(code, i);
    if (collation > 0) {
      // COLLATE "C": the collation's name reads nothing
      return collation;
    }
    int characterSet = CharacterSets.clauseEnd(code, i);
    if (characterSet > 0) {
      // CHARACTER SET utf8mb4, USING latin1: the character set's name reads nothing
      return characterSet;
    }
    if (!RelationScanner.isName(token)
        || found.positions().contains(i)
        || definitions.contains(i)
        || isAlias(i)) {
      return i;
    }
    List<String> parts = new ArrayList<>();
    parts.add(RelationScanner.unquoted(token));
    int last = i;
    boolean star = false;
    while (last + 2 < code.size() && code.get(last + 1).is(".")) {
      SqlToken next = code.get(last + 2);
      if (next.is("*")) {
        star = true;
        last += 2;
        break;
      }
      if (!RelationScanner.isName(next)) {
        break;
      }
      parts.add(RelationScanner.unquoted(next));
      last += 2;
    }
    boolean call = last + 1 < code.size() && code.get(last + 1).is("(");
    if (call && !star) {
      // a function, perhaps schema-qualified: its arguments are scanned on their own
      return last;
    }
    if (star) {
      qualified(String.join(".", parts), ColumnReads.EVERY_COLUMN);
    } else if (parts.size() == 1) {
      single(token, parts.get(0));
    } else {
      String column = parts.get(parts.size() - 1);
      qualified(String.join(".", parts.subList(0, parts.size() - 1)), column);
    }
    return last;
  }

  /** A name used alone: a column, or a whole-row reference to a relation. */
  private void single(SqlToken token, String name) {
    Set<String> relations = relationsNamed(name);
    if (!relations.isEmpty()) {
      relations.forEach(relation -> entries.add(relation + "." + ColumnReads.EVERY_COLUMN));
      if (namesARelation(name)) {
        // a column of the relation's name, which PostgreSQL takes before the whole row
        entries.add(entryColumn(name));
      }
      return;
    }
    if (standsForExpression(name)) {
      // where a common table expression is defined, or a whole-row reference to one
      return;
    }
    if (token.kind() == SqlToken.Kind.WORD && RESERVED_EVERYWHERE.contains(name)) {
      return;
    }
    entries.add(entryColumn(name));
  }

  private void qualified(String qualifier, String column) {
    Set<String> relations = relationsNamed(qualifier);
    if (!relations.isEmpty()) {
      relations.forEach(relation -> entries.add(relation + "." + entryColumn(column)));
    } else if (!standsForExpression(qualifier)) {
      // a derived table's alias, or a qualifier nothing explains: the column stays unplaced
      entries.add(entryColumn(column));
    }
  }

  /**
   * A column as an entry names it. A quoted name holding a dot ({@code "first.name"}) cannot be
   * one, as an entry's last dot ends its relation: the read widens to every column, which still
   * holds it.
   */
  private static String entryColumn(String column) {
    return column.contains(".") ? ColumnReads.EVERY_COLUMN : column;
  }

  /**
   * The relations of the schema that {@code name} stands for: those it is an alias of, and the one
   * it names, written in full or by its last part; never a common table expression.
   */
  private Set<String> relationsNamed(String name) {
    Set<String> relations = new TreeSet<>(found.aliases().getOrDefault(name, Set.of()));
    for (String relation : found.relations()) {
      if (isNamed(relation, name)) {
        relations.add(relation);
      }
    }
    relations.removeAll(expressions);
    return relations;
  }

  /**
   * Whether {@code name} is a relation's name, not only an alias, written in full or by its end.
   */
  private boolean namesARelation(String name) {
    return found.relations().stream().anyMatch(relation -> isNamed(relation, name));
  }

  /** Whether {@code name} names {@code relation}, written in full or by its last parts. */
  private static boolean isNamed(String relation, String name) {
    return relation.equals(name) || relation.endsWith("." + name);
  }

  /**
   * Whether the name at {@code i} names what stands before it, and so reads nothing: after {@code
   * AS}, or right after a bracket ({@code (SELECT ...) d}, {@code COUNT(*) n}).
   */
  private boolean isAlias(int i) {
    return i > 0 && (code.get(i - 1).is("as") || code.get(i - 1).is(")"));
  }

  /** Whether {@code name} is a common table expression or an alias of one only. */
  private boolean standsForExpression(String name) {
    Set<String> aliased = found.aliases().getOrDefault(name, Set.of());
    return expressions.contains(name) || (!aliased.isEmpty() && expressions.containsAll(aliased));
  }

  /**
   * Whether a {@code *} after the token at {@code before} selects every column: after {@code
   * SELECT}, {@code DISTINCT}, {@code ALL} or a comma, or after PostgreSQL's {@code DISTINCT ON
   * (...)}; not in {@code COUNT(*)} or a multiplication.
   */
  private boolean startsSelectList(int before) {
    SqlToken token = code.get(before);
    if (BEFORE_STAR.contains(QueryStructure.lower(token))) {
      return true;
    }
    if (!token.is(")")) {
      return false;
    }
    int depth = 0;
    for (int i = before; i >= 0; i--) {
      if (code.get(i).is(")")) {
        depth++;
      } else if (code.get(i).is("(") && --depth == 0) {
        return i >= 2 && code.get(i - 1).is("on") && code.get(i - 2).is("distinct");
      }
    }
    return false;
  }
}
