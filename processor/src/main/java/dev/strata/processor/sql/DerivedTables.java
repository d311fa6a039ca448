package dev.strata.processor.sql;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A subquery or {@code VALUES} list in a FROM clause without an alias ({@code FROM (SELECT ...)}),
 * which MySQL, MariaDB and PostgreSQL before 16 refuse and H2 takes: after FROM, a join, LATERAL or
 * the clause's comma, in any number of brackets ({@code FROM ((SELECT ...) UNION (SELECT ...))}). A
 * bracketed join ({@code FROM (t JOIN u ON ...)}) is no subquery and needs no alias.
 */
final class DerivedTables {

  /** What may follow a query in brackets that holds more of the same query. */
  private static final Set<String> CONTINUES_QUERY =
      Set.of("union", "intersect", "except", "minus", "order", "limit", "offset", "fetch", ")");

  /** The words that follow a relation in PostgreSQL and are no alias: its clauses and joins. */
  static final Set<String> AFTER_A_RELATION_ON_POSTGRES = afterARelationOnPostgres();

  private DerivedTables() {}

  private static Set<String> afterARelationOnPostgres() {
    Set<String> words = new HashSet<>(PostgresRefusals.ENDS_JOINS);
    words.addAll(PostgresRefusals.JOIN_KINDS);
    words.addAll(List.of("on", "using", "join", "cross", "natural", "returning", "tablesample"));
    return Set.copyOf(words);
  }

  /**
   * Whether the bracket at {@code open} starts a relation of a FROM clause that holds a query and
   * that no alias follows, where {@code afterARelation} are the words that follow a relation and
   * are no alias.
   */
  static boolean withoutAlias(ForeignTokens code, int open, Set<String> afterARelation) {
    return code.are(open, "(")
        && startsRelation(code, open - 1)
        && holdsQuery(code, open)
        && !hasAlias(code, code.afterClosing(open), afterARelation);
  }

  private static boolean startsRelation(ForeignTokens code, int before) {
    return (code.startsFromClause(before) && code.inSelect(before))
        || code.are(before, "join")
        || code.are(before, "lateral")
        || (code.are(before, ",") && code.inFromClause(before));
  }

  /** Whether the bracket at {@code open} holds a query, not a join of relations. */
  private static boolean holdsQuery(ForeignTokens code, int open) {
    int first = open + 1;
    if (code.are(first, "(")) {
      // ((SELECT ...) UNION (SELECT ...)), not ((SELECT ...) x JOIN u ON ...)
      return holdsQuery(code, first)
          && CONTINUES_QUERY.contains(code.lower(code.afterClosing(first)));
    }
    return QueryStructure.QUERY_STARTS.contains(code.lower(first));
  }

  /** Whether an alias stands at {@code at}, after a subquery: {@code AS name} or a name. */
  private static boolean hasAlias(ForeignTokens code, int at, Set<String> afterARelation) {
    SqlToken.Kind kind = code.kind(at);
    return code.are(at, "as")
        || kind == SqlToken.Kind.QUOTED_IDENTIFIER
        || (kind == SqlToken.Kind.WORD && !afterARelation.contains(code.lower(at)));
  }
}
