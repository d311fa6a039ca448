package dev.strata.runtime;

import java.util.Locale;

/**
 * The kinds of database whose DDL Strata renders in their own dialect: chosen from JDBC metadata
 * when Strata connects, or named to render SQL without any database.
 *
 * <pre>{@code
 * DatabaseKind kind = DatabaseKind.parse("mariadb");   // MYSQL
 * System.out.println(Strata.configure().load().renderSql(kind));
 * }</pre>
 */
public enum DatabaseKind {
  /** H2, whose DDL commits at once. */
  H2,
  /** PostgreSQL, whose DDL is transactional. */
  POSTGRESQL,
  /** MySQL and MariaDB, whose DDL commits at once. */
  MYSQL,
  /** Any other database: SQL-92 DDL, assumed to commit at once, and no migration lock. */
  GENERIC;

  /**
   * The kind named {@code name}, ignoring case; also accepts {@code postgres}, {@code pg} and
   * {@code mariadb}, so that a command line can take what people type.
   *
   * @throws IllegalArgumentException naming the accepted names if none matches
   */
  public static DatabaseKind parse(String name) {
    String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    switch (key) {
      case "h2":
        return H2;
      case "postgresql":
      case "postgres":
      case "pg":
        return POSTGRESQL;
      case "mysql":
      case "mariadb":
        return MYSQL;
      case "generic":
        return GENERIC;
      default:
        throw new IllegalArgumentException(
            "Unknown database kind '"
                + name
                + "': use one of h2, postgresql (postgres, pg), mysql (mariadb), generic");
    }
  }
}
