package dev.strata.runtime.internal.dialect;

import dev.strata.runtime.DatabaseKind;

/** Chooses the {@link Dialect} of a database from the product name its JDBC driver reports. */
public final class Dialects {

  private Dialects() {}

  /**
   * The dialect of the database whose {@link java.sql.DatabaseMetaData#getDatabaseProductName()} is
   * {@code product}; the generic dialect for a database without one of its own, or a driver that
   * reports no name.
   */
  public static Dialect forProduct(String product) {
    return forProduct(product, null);
  }

  /**
   * The dialect of the database whose product name is {@code product}, reached at {@code url}: an
   * H2 database held in memory has no file to write commits to, so its commits need no {@link
   * Dialect#makeDurable()} (a statement per migration).
   */
  public static Dialect forProduct(String product, String url) {
    if (product == null) {
      return new GenericDialect("unknown database");
    }
    switch (product) {
      case "H2":
        return new H2Dialect(url != null && url.startsWith("jdbc:h2:") && url.contains(":mem:"));
      case "PostgreSQL":
        return new PostgresDialect();
      case "MySQL":
      case "MariaDB":
        return new MySqlDialect(product);
      default:
        return new GenericDialect(product);
    }
  }

  /** The dialect for rendering SQL without a database. */
  public static Dialect of(DatabaseKind kind) {
    switch (kind) {
      case H2:
        return new H2Dialect();
      case POSTGRESQL:
        return new PostgresDialect();
      case MYSQL:
        return new MySqlDialect("MySQL/MariaDB");
      default:
        return new GenericDialect("SQL");
    }
  }
}
