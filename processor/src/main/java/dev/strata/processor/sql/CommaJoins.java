package dev.strata.processor.sql;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A JOIN's ON condition that reads a table listed before a comma of its FROM clause, {@code FROM a,
 * b JOIN c ON c.id = a.id}. PostgreSQL, MySQL (since 5.0.12) and MariaDB bind the comma looser than
 * JOIN, so that the condition sees only the tables after the comma and they refuse the query, or,
 * in a subquery, read an outer query's table of that name; H2 reads it as {@code (a, b) JOIN c} and
 * runs it. Measured on PostgreSQL 15 and MariaDB 10.11. An ON in brackets, and a name that a
 * bracket or a quoted name after the comma may give, are left to the database.
 */
final class CommaJoins {

  /** Where the condition of an ON ends, at its own level: a join, or the clause after FROM. */
  private static final Set<String> ENDS_CONDITION =
      Stream.of(
              PostgresRefusals.ENDS_JOINS,
              PostgresRefusals.JOIN_KINDS,
              Set.of("join", "straight_join", "cross", "natural"))
          .flatMap(Set::stream)
          .collect(Collectors.toUnmodifiableSet());

  /** The words after a relation that are not its alias. */
  private static final Set<String> AFTER_A_RELATION =
      Set.of("on", "using", "lateral", "tablesample", "partition", "use", "force", "ignore");

  /** The clauses of a query before its FROM, where the walk back from an ON stops. */
  private static final Set<String> BEFORE_FROM = Set.of("select", "where", "having", "group");

  private CommaJoins() {}

  /** The refusal of the ON at {@code on}, if its condition reads a table before the comma. */
  static Optional<String> at(ForeignTokens code, int on) {
    if (!code.are(on, "on") || code.are(on - 1, "distinct")) {
      return Optional.empty();
    }
    int comma = -1;
    int from = -1;
    for (int i = on - 1, depth = 0; i >= 0 && from < 0; i--) {
      if (code.are(i, ")")) {
        depth++;
      } else if (code.are(i, "(") && --depth < 0) {
        // a join in brackets, or a subquery's FROM: left to the database
        return Optional.empty();
      } else if (depth == 0 && code.are(i, ",") && comma < 0) {
        comma = i;
      } else if (depth == 0 && code.startsFromClause(i)) {
        from = i;
      } else if (depth == 0 && BEFORE_FROM.contains(code.lower(i))) {
        return Optional.empty();
      }
    }
    if (comma < 0 || from < 0) {
      return Optional.empty();
    }
    // the names the ON could read there, and whatever after the comma may name a table
    Set<String> before = declared(code, from + 1, comma);
    Set<String> after = names(code, comma + 1, on);
    return qualifierRead(code, on + 1, before, after)
        .map(
            name ->
                "a JOIN's ON condition that reads "
                    + name
                    + ", a table listed before the FROM clause's comma, which PostgreSQL, MySQL and"
                    + " MariaDB refuse, or read as an outer query's table of that name: the comma"
                    + " binds looser than JOIN there, so that the ON sees only the tables after"
                    + " it (H2 sees all). Write the comma as a JOIN with its condition (FROM a"
                    + " JOIN b ON ... JOIN c ON ...), or as CROSS JOIN");
  }

  /**
   * The first qualifier in the condition from {@code start} that names a table of {@code before}.
   */
  private static Optional<String> qualifierRead(
      ForeignTokens code, int start, Set<String> before, Set<String> after) {
    for (int i = start, depth = 0; i < code.size(); i++) {
      if (code.are(i, "(") && (code.are(i + 1, "select") || code.are(i + 1, "with"))) {
        i = code.afterClosing(i) - 1;
      } else if (code.are(i, "(")) {
        depth++;
      } else if (code.are(i, ")") && --depth < 0) {
        return Optional.empty();
      } else if (depth == 0 && ENDS_CONDITION.contains(code.lower(i)) && !code.are(i + 1, "(")) {
        // LEFT(x, 1) is a call
        return Optional.empty();
      } else if (qualifies(code, i)
          && before.contains(code.lower(i))
          && !after.contains(code.lower(i))) {
        return Optional.of(code.lower(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the word at {@code at} qualifies a column, {@code a.id}: not a schema's, {@code
   * s.a.id}, nor qualified itself.
   */
  private static boolean qualifies(ForeignTokens code, int at) {
    return code.kind(at) == SqlToken.Kind.WORD
        && code.are(at + 1, ".")
        && !code.are(at + 3, ".")
        && !code.are(at - 1, ".");
  }

  /**
   * The names by which the FROM items from {@code start} to {@code end}, at their own level, give
   * their tables: each table's alias, or its name where it has none, and a subquery's alias.
   */
  private static Set<String> declared(ForeignTokens code, int start, int end) {
    Set<String> names = new HashSet<>();
    for (int i = start, depth = 0; i < end; i++) {
      if (code.are(i, "(")) {
        depth++;
      } else if (code.are(i, ")")) {
        depth--;
        if (depth == 0) {
          alias(code, i).ifPresent(names::add);
        }
      } else if (depth == 0
          && startsRelation(code, i, start)
          && code.kind(i) == SqlToken.Kind.WORD) {
        int last = i;
        while (code.are(last + 1, ".") && code.kind(last + 2) == SqlToken.Kind.WORD) {
          last += 2;
        }
        names.add(alias(code, last).orElse(code.lower(last)));
      }
    }
    return names;
  }

  private static boolean startsRelation(ForeignTokens code, int i, int start) {
    return i == start
        || code.are(i - 1, ",")
        || code.are(i - 1, "join")
        || code.are(i - 1, "straight_join");
  }

  /**
   * The names the FROM items from {@code start} to {@code end} give their tables ({@link
   * #declared}), and, as a join in brackets or a quoted name may give one too, every word in their
   * brackets and every quoted name.
   */
  private static Set<String> names(ForeignTokens code, int start, int end) {
    Set<String> names = declared(code, start, end);
    for (int i = start, depth = 0; i < end; i++) {
      depth += code.are(i, "(") ? 1 : code.are(i, ")") ? -1 : 0;
      if (code.kind(i) == SqlToken.Kind.WORD && depth > 0) {
        names.add(code.lower(i));
      } else if (code.kind(i) == SqlToken.Kind.QUOTED_IDENTIFIER) {
        names.add(RelationScanner.unquotedText(code.token(i)).toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }

  /** The alias after the relation that ends at {@code end}: {@code AS x}, or a bare word. */
  private static Optional<String> alias(ForeignTokens code, int end) {
    int alias = code.are(end + 1, "as") ? end + 2 : end + 1;
    boolean named =
        code.kind(alias) == SqlToken.Kind.WORD
            && !ENDS_CONDITION.contains(code.lower(alias))
            && !AFTER_A_RELATION.contains(code.lower(alias));
    return named ? Optional.of(code.lower(alias)) : Optional.empty();
  }
}
