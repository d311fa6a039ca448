package dev.strata.processor.verify;

import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;

/**
 * Judges a query that H2 ran by what the servers the module runs on do with its types: a call,
 * comparison or set of values that PostgreSQL has no function, operator or common type for; date
 * arithmetic that MySQL and MariaDB compute on the dates' digits; a remainder that H2 rounds to its
 * divisor's type; calls of functions they compute otherwise; calls they compute otherwise where an
 * argument is NULL; and sort keys whose NULLs they place otherwise. Each server is given the query
 * it runs.
 */
final class TargetJudgements {

  /** A check of a query's typing that PostgreSQL refuses and H2 takes. */
  private interface PostgresTyping {
    Optional<String> refused(Connection connection, String sql);
  }

  private static final List<PostgresTyping> POSTGRES_TYPING =
      List.of(
          PostgresAggregates::refused,
          PostgresSignatures::refused,
          PostgresComparisons::refused,
          PostgresArithmetic::refused,
          PostgresCommonTypes::refused,
          PostgresConditions::refused);

  private TargetJudgements() {}

  /**
   * The verdict on {@code view}'s query, which H2 ran on {@code connection}, if a server refuses or
   * misreads it.
   *
   * @param judgesPostgresTypes whether the module runs on PostgreSQL
   * @param judgedMySql {@code mariadb} or {@code mysql}, if the module runs on it
   * @param witnesses the rows to try where a reading differs only on some rows ({@link
   *     NullArguments}, {@link SortedNulls}), of the tables of {@code schema}
   * @param checkedIn the mode of H2 that ran the query
   */
  static Optional<Verdict> judge(
      Connection connection,
      ViewDefinition view,
      boolean judgesPostgresTypes,
      Optional<String> judgedMySql,
      NullWitnesses witnesses,
      Schema schema,
      VerificationDialect checkedIn) {
    if (judgesPostgresTypes) {
      String sql = view.sqlOn("postgresql");
      for (PostgresTyping check : POSTGRES_TYPING) {
        Optional<String> refused = check.refused(connection, sql);
        if (refused.isPresent()) {
          return Optional.of(new Verdict.RefusedByPostgres(refused.get()));
        }
      }
      Optional<String> misread = Remainders.misread(connection, sql, "PostgreSQL", false);
      if (misread.isEmpty() && !view.databasesWithOwnQuery().contains("postgresql")) {
        // a query written for PostgreSQL means its functions
        misread =
            FunctionReadings.misread(connection, sql, "postgresql", checkedIn)
                .or(() -> NullArguments.misread(witnesses, schema, view, sql, "postgresql"))
                .or(() -> SortedNulls.misread(witnesses, schema, view, sql, "postgresql"));
      }
      if (misread.isPresent()) {
        return Optional.of(new Verdict.Misread("postgresql", misread.get()));
      }
    }
    if (judgedMySql.isEmpty()) {
      return Optional.empty();
    }
    String database = judgedMySql.get();
    // MariaDB runs its own query, else MySQL's, else the portable one
    String sql =
        view.databasesWithOwnQuery().contains(database)
            ? view.sqlOn(database)
            : view.sqlOn("mysql");
    Optional<String> misread =
        MySqlDateArithmetic.misread(connection, sql)
            .or(() -> Remainders.misread(connection, sql, "MySQL and MariaDB", true));
    boolean portable =
        !view.databasesWithOwnQuery().contains("mysql")
            && !view.databasesWithOwnQuery().contains("mariadb");
    if (misread.isEmpty() && portable) {
      // a query written for MySQL or MariaDB means their functions
      misread =
          FunctionReadings.misread(connection, sql, database, checkedIn)
              .or(() -> NullArguments.misread(witnesses, schema, view, sql, database))
              .or(() -> SortedNulls.misread(witnesses, schema, view, sql, database));
    }
    return misread.map(construct -> new Verdict.Misread(database, construct));
  }
}
