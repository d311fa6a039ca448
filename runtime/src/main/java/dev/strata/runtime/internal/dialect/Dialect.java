package dev.strata.runtime.internal.dialect;

import dev.strata.runtime.Check;
import dev.strata.runtime.Column;
import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.Table;
import dev.strata.runtime.ViewQuery;
import dev.strata.runtime.internal.Identifiers;
import java.util.List;
import java.util.Optional;

/**
 * How one database writes SQL: the DDL that renders each {@link dev.strata.runtime.Operations}
 * call, and whether that DDL is transactional. Pure text: reading the catalog and locking a run
 * live in {@code internal.catalog} and {@code internal.lock}, which need a connection.
 *
 * <p>Names reach a dialect already checked by {@link Identifiers}; dialects write them unquoted, so
 * that {@code active_users} means what it means in hand-written SQL on that database. The table and
 * view operations default to the SQL that H2 and PostgreSQL speak, standard SQL where there is any;
 * a dialect overrides what its database says otherwise. The DDL of indexes and foreign keys is
 * {@link KeyAndIndexDdl}'s, that of materialized views {@link MaterializedViewDdl}'s.
 */
public interface Dialect extends KeyAndIndexDdl, MaterializedViewDdl {

  DatabaseKind kind();

  /** The database's name for logs and messages. */
  @Override
  String name();

  /**
   * Whether DDL joins the current transaction, so that a rollback undoes it (PostgreSQL); when it
   * does not (H2, MySQL), the runtime records progress statement by statement and undoes a failed
   * migration by running inverse statements.
   */
  boolean transactionalDdl();

  /**
   * Whether each DDL statement commits the open transaction before it takes effect (H2, MySQL,
   * MariaDB), even one that then fails, unless it fails to parse: a history row written just before
   * a DDL statement is then committed by that statement if it takes effect, and needs no commit of
   * its own for a killed run to be found.
   */
  default boolean ddlCommitsFirst() {
    return false;
  }

  /**
   * Whether a run may keep a prepared statement for all its migrations ({@link
   * dev.strata.runtime.internal.jdbc.KeptStatements}) rather than prepare it for each use.
   */
  default boolean keepsPreparedStatements() {
    return true;
  }

  /**
   * Whether views that read a view, table or column keep reading it when it is renamed
   * (PostgreSQL's views refer to objects, not names); where they do not, a rename breaks them.
   */
  default boolean viewsFollowRenames() {
    return false;
  }

  /**
   * The statement that, first in a transaction, makes all its reads see the database as of one
   * moment, for a read that compares several tables and the catalog (the history and the views);
   * null where a transaction's reads cannot (DDL that commits at once, a catalog outside it).
   */
  default String snapshotReads() {
    return null;
  }

  /**
   * The statement that writes committed work to disk at once, for a database whose commit alone
   * would not survive the process being killed; null where a commit is durable.
   */
  default String makeDurable() {
    return null;
  }

  /**
   * The type of a column that holds text of any length, as the history table's stored downgrades
   * and view definitions need; the standard {@code CLOB} by default.
   */
  default String textType() {
    return "CLOB";
  }

  /**
   * A statement that runs {@code select}, a query of table {@code table}, where the table exists,
   * and returns no result where it does not; {@code select} itself by default, whose failure on a
   * missing table the caller takes as the answer. MariaDB's driver logs every error the server
   * returns as a warning, so that there a first start must not send a query that fails.
   */
  default String readIfPresent(String table, String select) {
    return select;
  }

  /**
   * Whether a table is read only once it is known to exist, where {@link #readIfPresent} cannot
   * help: H2 writes each statement that fails on a database kept in files into the trace file
   * beside it ({@code shop.trace.db}), so a first start, before the history table exists, would
   * leave one there with the exception in it. False by default: the failure is the answer.
   */
  default boolean readsOnlyExistingTables() {
    return false;
  }

  /**
   * The statement that opens a SQL script for this database's command-line client, saying that the
   * script is UTF-8, as Strata writes it: a client otherwise reads it in the encoding of its locale
   * ({@code psql} on Windows, or under a Latin-1 locale) or in its own default ({@code mariadb}'s
   * {@code utf8mb3}, which has no character of four bytes), and the views get other text than the
   * runtime's, which always speaks UTF-8. None for a database whose tools read scripts as UTF-8.
   */
  default Optional<String> scriptEncoding() {
    return Optional.empty();
  }

  /**
   * The name the database stores for {@code name}, optionally schema-qualified, which the catalog
   * shows: PostgreSQL cuts each part to 63 characters; the others keep names of MySQL's 64, the
   * longest that Strata gives an object of its own, as they are.
   */
  default String storedName(String name) {
    return name;
  }

  /** The name as written into SQL; unquoted, so that the database applies its case rules. */
  @Override
  default String render(String name) {
    return name;
  }

  default String createView(String name, String sql) {
    return createView(name, ViewQuery.of(sql));
  }

  /** {@code CREATE VIEW} with this database's query and the options it has. */
  default String createView(String name, ViewQuery query) {
    return viewDdl("CREATE", name, query);
  }

  /**
   * The statements that give an existing view a new query: either one statement that may run again
   * safely ({@code CREATE OR REPLACE}), or a {@code DROP} then a {@code CREATE}. {@code CREATE OR
   * REPLACE} by default: not standard SQL, but every database with a dialect of its own has it.
   */
  default List<String> replaceView(String name, String sql) {
    return replaceView(name, ViewQuery.of(sql));
  }

  /** {@link #replaceView(String, String)} with this database's query and the options it has. */
  default List<String> replaceView(String name, ViewQuery query) {
    return List.of(viewDdl("CREATE OR REPLACE", name, query));
  }

  /**
   * The names a view's dialect may give this database, most specific first ({@code mariadb}, then
   * {@code mysql}); none for a database without a dialect name, which runs the portable query.
   */
  @Override
  default List<String> viewDialectNames() {
    return List.of();
  }

  /**
   * {@code create VIEW name AS query}, where {@code create} is {@code CREATE} or {@code CREATE OR
   * REPLACE}: without options by default, for a database that has none of them (H2).
   */
  default String viewDdl(String create, String name, ViewQuery query) {
    return create + " VIEW " + render(name) + " AS " + query.sqlFor(viewDialectNames());
  }

  default String dropView(String name) {
    return "DROP VIEW " + render(name);
  }

  /** A drop that does nothing where the view is absent, for a run that resumes another. */
  default String dropViewIfExists(String name) {
    return "DROP VIEW IF EXISTS " + render(name);
  }

  /** How views that a migration drops and creates again get their new queries. */
  default ViewRecreation viewRecreation() {
    return ViewRecreation.DROP_AND_CREATE;
  }

  /**
   * The one statement that swaps a view with its stand-in; for databases whose {@link
   * #viewRecreation} is {@link ViewRecreation#SWAP_BY_RENAME}.
   */
  default String swapView(ViewSwap swap) {
    throw new UnsupportedOperationException(name() + " does not swap views by renaming them");
  }

  /**
   * Renames view {@code from}; {@code to} is already qualified like {@code from} (see {@link
   * Identifiers#renamed}).
   */
  default String renameView(String from, String to) {
    // the new name takes no schema: the view stays in its own
    return "ALTER VIEW " + render(from) + " RENAME TO " + render(Identifiers.local(to));
  }

  /**
   * The type that {@code type}, in Strata's portable notation, has on this database (see {@link
   * dev.strata.runtime.Column#type()}); a type given as it is ({@link #givenType}) and any other
   * text as it is.
   */
  default String columnType(String type) {
    Optional<String> given = GivenType.text(type);
    if (given.isPresent()) {
      return givenType(given.get());
    }
    return PortableType.arrayElement(type)
        .map(this::arrayType)
        .orElseGet(() -> PortableType.parse(type).map(this::nativeType).orElse(type));
  }

  /**
   * How this database writes a type given as it is ({@code json} of {@code json AS GIVEN}, a JPA
   * {@code columnDefinition}): as it is, as Hibernate writes it, by default.
   */
  default String givenType(String text) {
    return text;
  }

  /**
   * How this database writes an array of {@code element} ({@code INTEGER ARRAY}): the standard SQL
   * array of the element as this database writes it, by default.
   */
  default String arrayType(PortableType element) {
    return nativeType(element) + " ARRAY";
  }

  /** How this database writes a portable type; as portable notation writes it by default. */
  default String nativeType(PortableType type) {
    return type.toString();
  }

  /** What makes the database generate a column's values. */
  default String identity() {
    return "GENERATED BY DEFAULT AS IDENTITY";
  }

  /** A column as {@code CREATE TABLE} and {@code ADD COLUMN} write it. */
  default String columnDefinition(Column column) {
    return StandardTableDdl.columnDefinition(this, column);
  }

  /** The clause giving a comment inside a definition (MySQL's {@code COMMENT}), else empty. */
  default String inlineComment(Optional<String> comment) {
    return "";
  }

  /** {@code text} as an SQL string literal. */
  default String stringLiteral(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /** What follows {@link #createTable} to comment on it and its columns, unless done inline. */
  default List<String> comments(Table table) {
    return CommentStatements.of(this, table);
  }

  /** The statements that follow {@link #addColumn} to give the column its comment. */
  default List<String> comments(String table, Column column) {
    return CommentStatements.of(this, table, column);
  }

  /** Gives table {@code table} the comment {@code comment}, or removes its comment when empty. */
  default String commentOnTable(String table, Optional<String> comment) {
    return CommentStatements.onTable(this, table, comment);
  }

  /**
   * Gives column {@code column} of {@code table} the comment it holds, or removes its comment when
   * it holds none; {@code kept} is what a database that restates the whole column would forget.
   */
  default String commentOnColumn(String table, Column column, ColumnAttributes kept) {
    return CommentStatements.onColumn(this, table, column);
  }

  /**
   * The check constraint that the column's type brings on this database, as Hibernate writes one:
   * an {@code ENUM(...)} stored as {@code VARCHAR} where the database has no enum type. None by
   * default.
   */
  default Optional<Check> typeCheck(Column column) {
    return Optional.empty();
  }

  /** {@code CONSTRAINT name CHECK (condition)}. */
  default String checkClause(Check check) {
    return "CONSTRAINT " + render(check.name()) + " CHECK (" + check.condition() + ")";
  }

  default String addCheck(String table, Check check) {
    return "ALTER TABLE " + render(table) + " ADD " + checkClause(check);
  }

  default String dropCheck(String table, String check) {
    return "ALTER TABLE " + render(table) + " DROP CONSTRAINT " + render(check);
  }

  default String createTable(Table table) {
    return StandardTableDdl.createTable(this, table);
  }

  @Override
  default String dropTable(String table) {
    return "DROP TABLE " + render(table);
  }

  /** Renames table {@code from}; {@code to} is already qualified like {@code from}. */
  default String renameTable(String from, String to) {
    return "ALTER TABLE " + render(from) + " RENAME TO " + render(Identifiers.local(to));
  }

  /**
   * The statements that rename sequence {@code from} to {@code to}, keeping its next value:
   * PostgreSQL's {@code ALTER SEQUENCE ... RENAME TO}.
   */
  default List<String> renameSequence(String from, String to) {
    return List.of(SequenceDdl.rename(from, to));
  }

  default String addColumn(String table, Column column) {
    return "ALTER TABLE " + render(table) + " ADD COLUMN " + columnDefinition(column);
  }

  /** What follows {@link #addColumn} so that rows without a value for the column fail, if any. */
  default List<String> requireAddedColumn(String table, Column column) {
    return List.of();
  }

  default String dropColumn(String table, String column) {
    return "ALTER TABLE " + render(table) + " DROP COLUMN " + render(column);
  }

  /**
   * The statements that give a column the type, default (if it has one: {@link #dropDefault}
   * removes one) and nullability of {@code column}; a NOT NULL column with a default gives its
   * NULLs the default before it refuses them.
   */
  default List<String> alterColumn(String table, Column column) {
    return StandardTableDdl.alterColumn(this, table, column);
  }

  /**
   * As {@link #alterColumn(String, Column)}, keeping the column's {@code kept} attributes where the
   * statement restates the whole column (MySQL's and MariaDB's {@code MODIFY COLUMN}); where
   * altering a column keeps them, the same statements.
   */
  default List<String> alterColumn(String table, Column column, ColumnAttributes kept) {
    return alterColumn(table, column);
  }

  /** Removes a column's default; standard SQL, which MySQL and MariaDB speak too. */
  default String dropDefault(String table, String column) {
    return "ALTER TABLE " + render(table) + " ALTER COLUMN " + render(column) + " DROP DEFAULT";
  }

  /**
   * For a NOT NULL column with a default, the statement that gives its NULLs the default, run once
   * the column has it and before it refuses NULL.
   */
  default Optional<String> fillWithDefault(String table, Column column) {
    return StandardTableDdl.fillWithDefault(this, table, column);
  }

  default String renameColumn(String table, String from, String to) {
    return "ALTER TABLE " + render(table) + " RENAME COLUMN " + render(from) + " TO " + render(to);
  }

  /**
   * After {@link #renameColumn}, the statement that renames the {@link #typeCheck} the column may
   * have, whose name is the column's; none where types bring no check.
   */
  default Optional<String> renameTypeCheck(String table, String from, String to) {
    return Optional.empty();
  }

  /** The type of {@code applied_at}: milliseconds at least, since history rows compare instants. */
  default String timestampType() {
    return "TIMESTAMP(3)";
  }

  /** Whether {@code CREATE TABLE IF NOT EXISTS} is understood: not standard SQL, but common. */
  default boolean createTableIfNotExists() {
    return true;
  }

  /** Whether a column is written NOT NULL: identity columns always are. */
  static boolean notNull(Column column) {
    return !column.nullable() || column.identity();
  }

  /** {@code (a, b)}: a parenthesised list of names. */
  @Override
  default String list(List<String> names) {
    return "(" + String.join(", ", names.stream().map(this::render).toList()) + ")";
  }
}
