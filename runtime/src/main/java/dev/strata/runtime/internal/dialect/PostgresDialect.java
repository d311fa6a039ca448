package dev.strata.runtime.internal.dialect;

import dev.strata.runtime.Column;
import dev.strata.runtime.DatabaseKind;
import java.util.List;

/**
 * PostgreSQL, whose DDL is transactional: a migration and its history row commit or roll back
 * together, so no progress needs recording. Its {@code CREATE OR REPLACE VIEW} keeps the old
 * columns and may only append new ones; other changes are a drop and a create. Column types are
 * those Hibernate's PostgreSQL dialect expects: no TINYINT, BYTEA for binary, microsecond
 * timestamps.
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
  public boolean viewsFollowRenames() {
    return true;
  }

  @Override
  public String nativeType(PortableType type) {
    return switch (type.name()) {
      case "TINYINT" -> "SMALLINT";
      case "ENUM" -> "VARCHAR(255)";
      // large objects, as Hibernate's PostgreSQL dialect stores @Lob
      case "CLOB", "BLOB" -> "OID";
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
}
