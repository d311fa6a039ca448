package dev.strata.runtime.internal;

import dev.strata.runtime.DatabaseKind;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/** Chooses the {@link Dialect} of a database from the product name its JDBC driver reports. */
final class Dialects {

  private Dialects() {}

  static Dialect of(DatabaseMetaData metaData) throws SQLException {
    String product = metaData.getDatabaseProductName();
    if (product == null) {
      return new GenericDialect("unknown database");
    }
    switch (product) {
      case "H2":
        return new H2Dialect();
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
  static Dialect of(DatabaseKind kind) {
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
