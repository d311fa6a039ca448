package dev.strata.runtime.internal;

import dev.strata.runtime.Column;
import dev.strata.runtime.DatabaseKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * PostgreSQL, whose DDL is transactional: a migration and its history row commit or roll back
 * together, so no progress needs recording. Its {@code CREATE OR REPLACE VIEW} keeps the old
 * columns and may only append new ones; other changes are a drop and a create. Runs are locked with
 * an advisory lock. Column types are those Hibernate's PostgreSQL dialect expects: no TINYINT,
 * BYTEA for binary, microsecond timestamps.
 */
final class PostgresDialect implements Dialect {

  @Override
  public DatabaseKind kind() {
    return DatabaseKind.POSTGRESQL;
  }

  @Override
  public String name() {
    return "PostgreSQL";
  }

  @Override
  public boolean transactionalDdl() {
    return true;
  }

  @Override
  public String nativeType(PortableType type) {
    return switch (type.name()) {
      case "TINYINT" -> "SMALLINT";
      case "VARBINARY" -> "BYTEA";
      case "TIMESTAMP" -> "TIMESTAMP(6)";
      case "TIMESTAMP WITH TIME ZONE" -> "TIMESTAMP(6) WITH TIME ZONE";
      default -> type.toString();
    };
  }

  // one statement: both changes or neither, even outside a transaction
  @Override
  public List<String> alterColumn(String table, Column column) {
    String alter = " ALTER COLUMN " + render(column.name());
    return List.of(
        "ALTER TABLE "
            + render(table)
            + alter
            + " TYPE "
            + columnType(column.type())
            + ","
            + alter
            + (Dialect.notNull(column) ? " SET NOT NULL" : " DROP NOT NULL"));
  }

  // INFORMATION_SCHEMA.VIEWS shows definitions to the view's owner only; the catalog to everyone
  @Override
  public String viewDefinition(Connection connection, String name) throws SQLException {
    String sql =
        "SELECT pg_get_viewdef(c.oid) FROM pg_class c"
            + " WHERE c.oid = to_regclass(?) AND c.relkind = 'v'";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, render(name));
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return null;
        }
        String definition = rows.getString(1).strip();
        return definition.endsWith(";")
            ? definition.substring(0, definition.length() - 1)
            : definition;
      }
    }
  }

  @Override
  public String timestampType() {
    return "TIMESTAMP(3)";
  }

  @Override
  public boolean createTableIfNotExists() {
    return true;
  }

  @Override
  public SessionLock lock(Connection connection, LockRequest request) throws SQLException {
    return AdvisoryLock.acquire(connection, request);
  }
}
