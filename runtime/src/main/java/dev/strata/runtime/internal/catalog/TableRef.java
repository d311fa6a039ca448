package dev.strata.runtime.internal.catalog;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.internal.Identifiers;
import dev.strata.runtime.internal.dialect.Dialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/**
 * Where a table or view lives, spelled as the database's catalog stores unquoted identifiers: the
 * arguments of {@link DatabaseMetaData#getTables} and the keys of {@code INFORMATION_SCHEMA}.
 *
 * @param catalog the catalog (MySQL's database), or null where schemas say it
 * @param schema the schema, or null on MySQL, whose databases are catalogs
 * @param table the table or view name
 */
public record TableRef(String catalog, String schema, String table) {

  /** Where table or view {@code name} lives on the database that {@code dialect} speaks. */
  public static TableRef locate(Connection connection, Dialect dialect, String name)
      throws SQLException {
    // MySQL and MariaDB call schemas databases, which their drivers report as catalogs
    return dialect.kind() == DatabaseKind.MYSQL
        ? inCatalog(connection, name)
        : inSchema(connection, name);
  }

  /** For databases with schemas: the name's own schema, else the session's. */
  public static TableRef inSchema(Connection connection, String name) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    String schema = Identifiers.schema(name);
    // unqualified names resolve in the session's schema, as they do in the DDL we run
    schema = schema == null ? connection.getSchema() : Identifiers.stored(schema, metaData);
    return new TableRef(null, schema, Identifiers.stored(Identifiers.local(name), metaData));
  }

  /** For MySQL and MariaDB: the name's own database, else the session's. */
  public static TableRef inCatalog(Connection connection, String name) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    String database = Identifiers.schema(name);
    database = database == null ? connection.getCatalog() : database;
    return new TableRef(database, null, Identifiers.stored(Identifiers.local(name), metaData));
  }

  /** The {@code TABLE_SCHEMA} of {@code INFORMATION_SCHEMA}, which is the database on MySQL. */
  String informationSchema() {
    return schema != null ? schema : catalog;
  }
}
