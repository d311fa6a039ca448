package dev.strata.runtime.internal;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/** Chooses the {@link Dialect} of a database from the product name its JDBC driver reports. */
final class Dialects {

  private Dialects() {}

  static Dialect of(DatabaseMetaData metaData) throws SQLException {
    String product = metaData.getDatabaseProductName();
    // PostgreSQL, MySQL and MariaDB get their own dialects here, matched on the same name
    if ("H2".equals(product)) {
      return new H2Dialect();
    }
    return new GenericDialect(product == null ? "unknown database" : product);
  }
}
