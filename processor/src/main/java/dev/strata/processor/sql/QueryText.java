package dev.strata.processor.sql;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A query to analyse and, for a dialect query, the database it is written for, which decides how
 * the parser is given text that databases read differently.
 *
 * @param sql the query as written
 * @param database the database of a dialect query ({@code postgresql}, {@code mysql}, {@code
 *     mariadb}, ...); empty for a view's portable query, which every database may run
 */
public record QueryText(String sql, Optional<String> database) {

  private static final Set<String> MYSQL_FAMILY = Set.of("mysql", "mariadb");

  public QueryText {
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(database, "database");
  }

  /** A view's portable query. */
  public static QueryText portable(String sql) {
    return new QueryText(sql, Optional.empty());
  }

  /** A dialect query, written for {@code database} alone. */
  public static QueryText forDatabase(String database, String sql) {
    return new QueryText(sql, Optional.of(database));
  }

  /**
   * Whether the query is written for MySQL or MariaDB, so that one server alone reads it, as that
   * server reads it: a {@code #} a comment to the end of the line, where a portable query may also
   * run on PostgreSQL, which reads its XOR.
   */
  boolean mysqlFamily() {
    return database.filter(MYSQL_FAMILY::contains).isPresent();
  }

  /** Whether the query is written for {@code name}. */
  boolean isFor(String name) {
    return database.filter(name::equals).isPresent();
  }
}
