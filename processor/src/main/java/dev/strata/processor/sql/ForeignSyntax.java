package dev.strata.processor.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Syntax of one database that another one refuses, found by its tokens in the query a target
 * database runs: the compile-time check runs H2 in one database's mode, and H2 takes all of these
 * in every mode, so such a query compiled and failed at startup. Only constructs that no other
 * reading gives are named; a query that a database refuses otherwise is left to it.
 */
public final class ForeignSyntax {

  /**
   * The PostgreSQL release the checks take when the module names none ({@code
   * -Astrata.postgresqlVersion}): the oldest one measured.
   */
  public static final int OLDEST_POSTGRES = 15;

  /** The newest PostgreSQL release the checks are measured on. */
  public static final int NEWEST_POSTGRES = 18;

  private ForeignSyntax() {}

  /**
   * The first construct of {@code sql} that {@code database} ({@code postgresql}, {@code mysql} or
   * {@code mariadb}) refuses, in words that say what to write instead; empty when none is known.
   */
  public static Optional<String> refusedBy(String database, String sql) {
    return refusedBy(database, sql, false);
  }

  /** {@link #refusedBy(String, String, boolean, int)} of PostgreSQL 15, the oldest measured. */
  public static Optional<String> refusedBy(String database, String sql, boolean ownQuery) {
    return refusedBy(database, sql, ownQuery, OLDEST_POSTGRES);
  }

  /**
   * {@link #refusedBy(String, String)}, where {@code ownQuery} says that {@code sql} is the
   * database's own dialect query, written for it: there PostgreSQL's {@code #} (XOR) and {@code
   * <=>} (pgvector's cosine distance, or an operator of the user's) are its operators, where in a
   * query other databases also run they are MySQL's comment and null-safe equality; and {@code
   * postgresqlVersion} is the release of PostgreSQL the module runs on, from 15 to 18, whose
   * functions it may call ({@code ANY_VALUE} from 16).
   */
  public static Optional<String> refusedBy(
      String database, String sql, boolean ownQuery, int postgresqlVersion) {
    try {
      return switch (database) {
        case "postgresql" ->
            PostgresRefusals.first(
                sql,
                // PostgreSQL's own query reads # as its operator, never as a comment
                ownQuery ? SqlTokenizer.tokenizeAsPostgres(sql) : SqlTokenizer.tokenize(sql, false),
                ownQuery,
                postgresqlVersion);
        case "mysql", "mariadb" -> {
          boolean mariadb = database.equals("mariadb");
          Optional<String> hidden = QueryReadings.of(sql).brokenByHashComment();
          if (hidden.isEmpty()) {
            hidden = MySqlCode.notOneQuery(sql, mariadb);
          }
          List<SqlToken> tokens = SqlTokenizer.tokenizeAsMySql(sql, true);
          Optional<String> refused =
              hidden.isPresent() ? hidden : MySqlRefusals.first(tokens, mariadb);
          // MySQL's functions are not measured; an own query may call the database's own functions
          yield refused.isPresent() || !mariadb || ownQuery
              ? refused
              : MissingFunctions.MARIADB.first(new ForeignTokens(tokens));
        }
        default -> Optional.empty();
      };
    } catch (InvalidQueryException e) {
      // an unclosed quote or comment is reported where the query is parsed
      return Optional.empty();
    }
  }

  /**
   * The unquoted words after {@code AS} in {@code sql} as MySQL and MariaDB read it, each the name
   * of a column, a table or a subquery ({@code n AS rows}, {@code FROM t AS div}); not the type of
   * a {@code CAST}, nor the {@code OF} of {@code FOR SYSTEM_TIME AS OF}. Empty where the query
   * cannot be read.
   */
  public static List<String> namesAfterAs(String sql) {
    try {
      ForeignTokens code = new ForeignTokens(SqlTokenizer.tokenizeAsMySql(sql, true));
      return wordsAfterAs(code, as -> !code.introducesCastType(as) && !code.are(as + 1, "of"));
    } catch (InvalidQueryException e) {
      return List.of();
    }
  }

  /**
   * The unquoted words after {@code AS} in {@code sql} as PostgreSQL reads it that alias a table or
   * a subquery ({@code FROM t AS desc}), where PostgreSQL takes no reserved word; not a select
   * item's ({@code n AS desc}), where it takes any.
   */
  public static List<String> relationAliasesAfterAs(String sql) {
    try {
      ForeignTokens code = new ForeignTokens(SqlTokenizer.tokenize(sql, false));
      // WITH a AS (...), b AS NOT MATERIALIZED (...): b is defined, not aliased
      Set<Integer> defined = code.definedNames();
      return wordsAfterAs(
          code,
          as ->
              !defined.contains(as - 1)
                  && QualifyClause.followsRelation(code, as)
                  && !BareKeywordLabels.inSelectList(code, as));
    } catch (InvalidQueryException e) {
      return List.of();
    }
  }

  /**
   * The unquoted words of {@code sql}, as {@code database} reads it, that name a select item or
   * alias a table or subquery without {@code AS} ({@code SELECT id rows}, {@code FROM t div}); on
   * PostgreSQL the aliases only, which it takes no reserved word for, where it takes most as a
   * select item's name ({@code BareKeywordLabels} checks the others).
   */
  public static List<String> namesWithoutAs(String database, String sql) {
    try {
      return database.equals("postgresql")
          ? BareAliases.ofRelations(new ForeignTokens(SqlTokenizer.tokenize(sql, false)))
          : BareAliases.of(new ForeignTokens(SqlTokenizer.tokenizeAsMySql(sql, true)));
    } catch (InvalidQueryException e) {
      return List.of();
    }
  }

  /** The unquoted words after each {@code AS} of {@code code} that {@code naming} takes. */
  private static List<String> wordsAfterAs(ForeignTokens code, IntPredicate naming) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i + 1 < code.size(); i++) {
      if (code.are(i, "as") && code.kind(i + 1) == SqlToken.Kind.WORD && naming.test(i)) {
        names.add(code.lower(i + 1));
      }
    }
    return List.copyOf(names);
  }

  /**
   * The first construct of {@code sql}, a query that H2 runs at compile time and PostgreSQL may
   * run, that {@code database} takes but reads otherwise, so that the view it creates returns other
   * rows than the query checked; empty when none is known. MySQL and MariaDB read {@code "status"}
   * as the string {@code 'status'} (unless their {@code sql_mode} has {@code ANSI_QUOTES}), where
   * H2 and PostgreSQL read a name: the view compiles, and on MariaDB each row holds the text. They
   * read {@code ||} as {@code OR} (unless their {@code sql_mode} has {@code PIPES_AS_CONCAT}),
   * where H2 and PostgreSQL join two strings: the view's column holds 0 or 1. They read a {@code
   * --} before anything but a space as two minus signs, and a backslash in a string as an escape
   * ({@link MySqlReadings}). PostgreSQL reads an escape string's escapes, {@code E'a\tb'}, where H2
   * keeps the backslash, and drops the zone of a time without time zone, where H2 converts the time
   * ({@link LiteralReadings}); MariaDB drops the zone of a time it casts, {@code
   * CAST('10:00:00+02:00' AS TIME)}.
   */
  public static Optional<String> misreadBy(String database, String sql) {
    if (database.equals("postgresql")) {
      try {
        return LiteralReadings.misreadByPostgres(
            new ForeignTokens(SqlTokenizer.tokenize(sql, false)));
      } catch (InvalidQueryException e) {
        // an unclosed quote or comment is reported where the query is parsed
        return Optional.empty();
      }
    }
    if (!database.equals("mysql") && !database.equals("mariadb")) {
      return Optional.empty();
    }
    Optional<String> escape = MySqlReadings.backslashInString(sql);
    if (escape.isPresent()) {
      return escape;
    }
    try {
      List<SqlToken> tokens = SqlTokenizer.tokenizeAsMySql(sql, true);
      for (int i = 0; i < tokens.size(); i++) {
        SqlToken token = tokens.get(i);
        int at = i;
        Optional<String> comment =
            MySqlReadings.dashesReadAsCode(sql, token)
                .or(() -> MySqlReadings.executableComment(tokens, at, database.equals("mariadb")));
        if (comment.isPresent()) {
          return comment;
        }
        if (token.kind() == SqlToken.Kind.SYMBOL && token.text().equals("||")) {
          return Optional.of(
              "||, which MySQL and MariaDB read as OR (unless their sql_mode has PIPES_AS_CONCAT),"
                  + " a column of 0 and 1, where H2 and PostgreSQL join the strings: write"
                  + " CONCAT_WS('', a, b), or CONCAT(a, b) where neither may be NULL (MySQL's"
                  + " CONCAT is NULL where an argument is)");
        }
        if (token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER && token.text().startsWith("\"")) {
          String name = RelationScanner.unquotedText(token);
          return Optional.of(
              "the name "
                  + token.text()
                  + " in double quotes, which MySQL and MariaDB read as the string '"
                  + name.replace("'", "''")
                  + "' (H2 and PostgreSQL as a name): write the name plain or in backquotes, or a"
                  + " string in single quotes");
        }
      }
      if (database.equals("mariadb")) {
        return LiteralReadings.misreadByMariaDb(new ForeignTokens(tokens));
      }
    } catch (InvalidQueryException e) {
      // an unclosed quote or comment is reported where the query is parsed
    }
    return Optional.empty();
  }
}
