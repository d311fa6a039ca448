package dev.strata.runtime.internal.dialect;

import dev.strata.runtime.Check;
import dev.strata.runtime.Column;
import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.Index;
import dev.strata.runtime.ViewQuery;
import dev.strata.runtime.internal.Identifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * PostgreSQL, whose DDL is transactional: a migration and its history row commit or roll back
 * together, so no progress needs recording. Its {@code CREATE OR REPLACE VIEW} keeps the old
 * columns and may only append new ones; other changes are a drop and a create. Column types are
 * those Hibernate's PostgreSQL dialect expects: no TINYINT, BYTEA for binary, microsecond
 * timestamps, and an {@code ENUM(...)} as {@code VARCHAR(255)} (or its length) with a check
 * constraint that allows its values only.
 */
final class PostgresDialect implements Dialect {

  // NAMEDATALEN - 1: PostgreSQL cuts a longer identifier, with a notice only
  private static final int LONGEST_NAME = 63;

  /** The longest {@code varchar} PostgreSQL takes. */
  private static final long LONGEST_VARCHAR = 10_485_760;

  @Override
  public DatabaseKind kind() {
    return DatabaseKind.POSTGRESQL;
  }

  @Override
  public String name() {
    return "PostgreSQL";
  }

  @Override
  public String storedName(String name) {
    String schema = Identifiers.schema(name);
    String local = cut(Identifiers.local(name));
    return schema == null ? local : cut(schema) + "." + local;
  }

  // the names Strata gives are ASCII, so 63 characters are PostgreSQL's 63 bytes
  private static String cut(String part) {
    return part.length() <= LONGEST_NAME ? part : part.substring(0, LONGEST_NAME);
  }

  @Override
  public boolean transactionalDdl() {
    return true;
  }

  // pgjdbc turns a statement run five times into a named one of the server session, which a
  // transaction-pooling PgBouncer without prepareThreshold=0 may not give the next transaction;
  // and a migration's row is written by a text that carries its last statement (PostgresRowInsert),
  // new for each migration: each use prepares anew
  @Override
  public boolean keepsPreparedStatements() {
    return false;
  }

  // for this transaction only: a session setting would stay on a pooled server connection
  @Override
  public String snapshotReads() {
    return "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ";
  }

  @Override
  public boolean viewsFollowRenames() {
    return true;
  }

  @Override
  public List<String> viewDialectNames() {
    return List.of("postgresql");
  }

  /**
   * The options as the view's storage parameters, {@code check_option} included (the same as {@code
   * WITH CHECK OPTION}), so that {@code CREATE OR REPLACE}, which replaces the whole list, also
   * removes those no longer declared. {@code security_invoker} needs PostgreSQL 15; {@code DEFINER}
   * is PostgreSQL's own behaviour, and {@code ALGORITHM} has no equivalent.
   */
  @Override
  public String viewDdl(String create, String name, ViewQuery query) {
    List<String> options = new ArrayList<>();
    if (query.checkOption() != ViewQuery.CheckOption.NONE) {
      options.add("check_option=" + query.checkOption().name().toLowerCase(Locale.ROOT));
    }
    if (query.securityBarrier()) {
      options.add("security_barrier=true");
    }
    if (query.security() == ViewQuery.Security.INVOKER) {
      options.add("security_invoker=true");
    }
    return create
        + " VIEW "
        + render(name)
        + (options.isEmpty() ? "" : " WITH (" + String.join(", ", options) + ")")
        + " AS "
        + query.sqlFor(viewDialectNames());
  }

  @Override
  public String nativeType(PortableType type) {
    return switch (type.name()) {
      case "TINYINT" -> "SMALLINT";
      case "ENUM" -> type.enumStorage();
      // large objects, as Hibernate's PostgreSQL dialect stores @Lob
      case "CLOB", "BLOB" -> "OID";
      case "VARBINARY" -> "BYTEA";
      // without the length of the VARBINARY other databases hold an address in
      case "INET" -> "INET";
      // longer than PostgreSQL's varchar holds: text, as Hibernate's PostgreSQL dialect chooses
      case "VARCHAR" -> type.length() > LONGEST_VARCHAR ? "TEXT" : type.toString();
      // as Hibernate's PostgreSQL dialect stores @JdbcTypeCode(SqlTypes.JSON)
      case "JSON" -> "JSONB";
      // Hibernate's microseconds, unless the type gives its digits of a second
      case "TIMESTAMP" -> type.withoutZone(6);
      case "TIMESTAMP WITH TIME ZONE" -> type.withoutZone(6) + " WITH TIME ZONE";
      // Hibernate's PostgreSQL dialect keeps an OffsetTime as a time normalised to UTC, of whole
      // seconds as every time of day it exports (a plain time keeps microseconds here)
      case "TIME WITH TIME ZONE" -> type.withoutZone(0);
      default -> type.toString();
    };
  }

  // Hibernate's PostgreSQL dialect: varchar(255) check (c in ('A','B')), and the same check of a
  // given type's column (its columnDefinition) that holds an enum
  @Override
  public Optional<Check> typeCheck(Column column) {
    return PortableType.parse(column.type())
        .filter(type -> type.name().equals("ENUM"))
        .or(() -> GivenType.enumeration(column.type()))
        .map(type -> new Check(EnumCheck.name(column.name()), EnumCheck.condition(column, type)));
  }

  /**
   * The check of an enum column, if it has one (the catalog says, as a column of another type has
   * none), so that a later change of the renamed column finds it by the new name.
   */
  @Override
  public Optional<String> renameTypeCheck(String table, String from, String to) {
    String tableName = render(table);
    return Optional.of(
        "DO $$BEGIN IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('"
            + tableName
            // unquoted, as every name Strata writes, PostgreSQL folds it to lower case
            + "') AND conname = '"
            + EnumCheck.name(from).toLowerCase(Locale.ROOT)
            + "') THEN ALTER TABLE "
            + tableName
            + " RENAME CONSTRAINT "
            + render(EnumCheck.name(from))
            + " TO "
            + render(EnumCheck.name(to))
            + "; END IF; END$$");
  }

  /**
   * One statement for the column's type, default and nullability, so that both changes or neither
   * happen even outside a transaction; with the check an enum brings dropped before and added
   * after, since its values may have changed; and with the NULLs of a NOT NULL column with a
   * default filled in between; with the values moved into large objects or out of them first, where
   * a {@code @Lob} comes or goes ({@link LargeObjects}). The values are cast to the new type, as H2
   * and MariaDB convert them ({@code '42'} to a number, a number to a boolean), which PostgreSQL
   * does only when asked, except into text, which its cast would cut where the conversion fails on
   * a value too long. A collation of the column's own is restated, which {@code TYPE} would
   * otherwise set back to its type's default.
   */
  @Override
  public List<String> alterColumn(String table, Column column) {
    return alterColumn(table, column, ColumnAttributes.NONE);
  }

  @Override
  public List<String> alterColumn(String table, Column column, ColumnAttributes kept) {
    String alter = ", ALTER COLUMN " + render(column.name());
    String head = "ALTER TABLE " + render(table) + " ";
    String type = columnType(column.type());
    String shape =
        "DROP CONSTRAINT IF EXISTS "
            + render(EnumCheck.name(column.name()))
            + alter
            + " TYPE "
            + type
            + kept.characters(type)
            + (castsQuietly(type) ? "" : " USING " + render(column.name()) + "::" + type)
            + column.defaultValue().map(value -> alter + " SET DEFAULT " + value).orElse("");
    String nullability =
        "ALTER COLUMN "
            + render(column.name())
            + (Dialect.notNull(column) ? " SET NOT NULL" : " DROP NOT NULL")
            + typeCheck(column).map(check -> ", ADD " + checkClause(check)).orElse("");
    List<String> statements = new ArrayList<>();
    LargeObjects.conversion(render(table), render(column.name()), column.type(), type)
        .ifPresent(statements::add);
    Optional<String> fill = fillWithDefault(table, column);
    if (fill.isPresent()) {
      statements.add(head + shape);
      statements.add(fill.get());
      statements.add(head + nullability);
    } else {
      statements.add(head + shape + ", " + nullability);
    }
    return List.copyOf(statements);
  }

  /**
   * Whether an explicit cast to {@code type} would change values that an assignment refuses: text
   * cut to its length, bytes read from text as escapes, a large object's number taken from text.
   */
  private static boolean castsQuietly(String type) {
    String upper = type.toUpperCase(Locale.ROOT);
    return upper.startsWith("VARCHAR")
        || upper.startsWith("CHAR")
        || upper.startsWith("TEXT")
        || upper.startsWith("BYTEA")
        || upper.startsWith("OID");
  }

  @Override
  public boolean materializedViews() {
    return true;
  }

  @Override
  public String createMaterializedView(String name, String sql, boolean withData) {
    return "CREATE MATERIALIZED VIEW "
        + render(name)
        + " AS "
        + QueryEnd.closed(sql)
        + (withData ? " WITH DATA" : " WITH NO DATA");
  }

  @Override
  public String dropMaterializedView(String name) {
    return "DROP MATERIALIZED VIEW " + render(name);
  }

  @Override
  public List<String> refreshMaterializedView(
      String name, String sql, List<Index> indexes, boolean concurrently) {
    return List.of(
        "REFRESH MATERIALIZED VIEW " + (concurrently ? "CONCURRENTLY " : "") + render(name));
  }

  // as pg_dump opens its scripts
  @Override
  public Optional<String> scriptEncoding() {
    return Optional.of("SET client_encoding = 'UTF8'");
  }

  public String textType() {
    return "TEXT";
  }
}
