package dev.strata.runtime.internal.dialect;

import dev.strata.runtime.Column;
import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.ForeignKey;
import dev.strata.runtime.Index;
import dev.strata.runtime.Table;
import dev.strata.runtime.ViewQuery;
import dev.strata.runtime.internal.Identifiers;
import java.util.List;
import java.util.Optional;

/**
 * MySQL and MariaDB, which commit every DDL statement at once (so progress is recorded statement by
 * statement and failures are undone by inverse statements), call schemas databases, and rename
 * views and tables with {@code RENAME TABLE}.
 *
 * <p>Column types are those of {@link MySqlTypes}. Identity columns are {@code AUTO_INCREMENT},
 * which the database accepts only on a key column.
 */
final class MySqlDialect implements Dialect {

  private final String product;
  private final boolean mysql;

  /**
   * @param product the database's product name: {@code MySQL}, {@code MariaDB}, or a name for both
   *     when rendering without a database, which then renders for MariaDB
   */
  MySqlDialect(String product) {
    this.product = product;
    this.mysql = "MySQL".equalsIgnoreCase(product);
  }

  @Override
  public DatabaseKind kind() {
    return DatabaseKind.MYSQL;
  }

  @Override
  public String name() {
    return product;
  }

  /**
   * On MariaDB a compound statement that asks the catalog and reads the table only if it is there,
   * in the one round trip of the read: MariaDB's driver logs every error as a warning, which a
   * first start would show for the missing table. On a Galera node the read waits until the node
   * has applied what the cluster committed before it ({@code wsrep_sync_wait}), as every read of a
   * run with work does: a node that lags behind would otherwise answer "nothing to apply" from a
   * history that another node has since rolled back. The node is asked in the same statement, and
   * the causal read is prepared only there, since a server built without Galera knows no {@code
   * wsrep_sync_wait} and would refuse the whole statement. MySQL has no compound statement outside
   * stored programs: there the read is sent as it is, and a first start through MariaDB's driver
   * still logs its error.
   */
  @Override
  public String readIfPresent(String table, String select) {
    if (mysql) {
      return select;
    }
    String database = Identifiers.schema(table);
    // names are plain identifiers (Identifiers.requireValid): quoted as literals as they are
    return "BEGIN NOT ATOMIC IF EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA"
        + " = "
        + (database == null ? "DATABASE()" : "'" + database + "'")
        + " AND TABLE_NAME = '"
        + Identifiers.local(table)
        + "') THEN IF (SELECT VARIABLE_VALUE FROM information_schema.SESSION_VARIABLES"
        + " WHERE VARIABLE_NAME = 'WSREP_ON') = 'ON' THEN EXECUTE IMMEDIATE"
        + " 'SET STATEMENT wsrep_sync_wait = 1 FOR "
        + select.replace("'", "''")
        + "'; ELSE "
        + select
        + "; END IF; END IF; END";
  }

  @Override
  public boolean transactionalDdl() {
    return false;
  }

  @Override
  public boolean ddlCommitsFirst() {
    return true;
  }

  @Override
  public List<String> viewDialectNames() {
    return mysql ? List.of("mysql") : List.of("mariadb", "mysql");
  }

  /**
   * {@code ALGORITHM} and {@code SQL SECURITY} before {@code VIEW}, the check option after the
   * query; {@code CREATE OR REPLACE} with them is what {@code ALTER VIEW} does. PostgreSQL's {@code
   * security_barrier} has no equivalent.
   */
  @Override
  public String viewDdl(String create, String name, ViewQuery query) {
    return create
        + (query.algorithm() == ViewQuery.Algorithm.UNDEFINED
            ? ""
            : " ALGORITHM = " + query.algorithm())
        + (query.security() == ViewQuery.Security.DEFAULT
            ? ""
            : " SQL SECURITY " + query.security())
        + " VIEW "
        + render(name)
        + " AS "
        + QueryEnd.closed(query.sqlFor(viewDialectNames()))
        + (query.checkOption() == ViewQuery.CheckOption.NONE
            ? ""
            : " WITH " + query.checkOption() + " CHECK OPTION");
  }

  // qualified like `from`: an unqualified target would land in the session's database
  @Override
  public String renameView(String from, String to) {
    return "RENAME TABLE " + render(from) + " TO " + render(to);
  }

  @Override
  public ViewRecreation viewRecreation() {
    return ViewRecreation.SWAP_BY_RENAME;
  }

  /**
   * One view per statement, its two renames applied atomically. A statement renaming several views
   * of a stack locks their names in alphabetical order while a query locks them from the view it
   * names down to what that one reads: when a view sorts before a view that reads it, the two wait
   * for each other, MariaDB makes the query back off, and on its retry resolves the reader's old
   * query against the new view below, failing it with "View ... references invalid table(s) or
   * column(s)" when the columns changed (README, "Views replaced while the application reads
   * them").
   */
  @Override
  public String swapView(ViewSwap swap) {
    return "RENAME TABLE "
        + render(swap.view())
        + " TO "
        + render(swap.outgoing())
        + ", "
        + render(swap.incoming())
        + " TO "
        + render(swap.view());
  }

  @Override
  public String nativeType(PortableType type) {
    return MySqlTypes.nativeType(type, mysql);
  }

  @Override
  public String givenType(String text) {
    return MySqlTypes.givenType(text, mysql);
  }

  // neither has arrays: Hibernate's dialects keep one as its JSON text
  @Override
  public String arrayType(PortableType element) {
    return "JSON";
  }

  @Override
  public String identity() {
    return "AUTO_INCREMENT";
  }

  @Override
  public List<String> renameSequence(String from, String to) {
    return List.of(SequenceDdl.renameAsTable(from, to));
  }

  @Override
  public String renameTable(String from, String to) {
    return "RENAME TABLE " + render(from) + " TO " + render(to);
  }

  /**
   * A NOT NULL column without a default is added nullable, then made NOT NULL: added so at once,
   * MariaDB and MySQL give a filled table's rows a value of their own (0, '', a zero date), where
   * the other databases fail, as the migration must (README: a NOT NULL column added without a
   * default).
   */
  @Override
  public String addColumn(String table, Column column) {
    return Dialect.super.addColumn(table, MySqlColumnRestatement.addedNullable(column));
  }

  @Override
  public List<String> requireAddedColumn(String table, Column column) {
    return MySqlColumnRestatement.requireAdded(this, table, column);
  }

  /**
   * MODIFY restates the whole column: its default and identity too, and NULL explicitly. A NOT NULL
   * column with a default is first restated nullable with its default, so that its NULLs can take
   * the default before it refuses them.
   */
  @Override
  public List<String> alterColumn(String table, Column column) {
    return alterColumn(table, column, ColumnAttributes.NONE);
  }

  @Override
  public List<String> alterColumn(String table, Column column, ColumnAttributes current) {
    return MySqlColumnRestatement.alterColumn(this, table, column, current);
  }

  /** The whole column restated with the comment it holds, or none. */
  @Override
  public String commentOnColumn(String table, Column column, ColumnAttributes kept) {
    return MySqlColumnRestatement.commentOnColumn(this, table, column, kept);
  }

  @Override
  public String commentOnTable(String table, Optional<String> comment) {
    // an empty comment is none
    return "ALTER TABLE " + render(table) + " COMMENT = " + stringLiteral(comment.orElse(""));
  }

  @Override
  public String createTable(Table table) {
    return Dialect.super.createTable(table) + inlineComment(table.comment());
  }

  @Override
  public String inlineComment(Optional<String> comment) {
    return comment.map(text -> " COMMENT " + stringLiteral(text)).orElse("");
  }

  @Override
  public List<String> comments(Table table) {
    return List.of();
  }

  @Override
  public List<String> comments(String table, Column column) {
    return List.of();
  }

  /**
   * @throws IllegalArgumentException as {@link MySqlStringLiteral#withoutBackslash} says
   */
  @Override
  public String stringLiteral(String text) {
    return Dialect.super.stringLiteral(MySqlStringLiteral.withoutBackslash(text));
  }

  // MySQL 8.0.19+ and MariaDB 10.2+ both understand DROP CONSTRAINT for a check
  @Override
  public String dropCheck(String table, String check) {
    return "ALTER TABLE " + render(table) + " DROP CONSTRAINT " + render(check);
  }

  @Override
  public String dropIndex(String table, String index) {
    return "DROP INDEX " + render(index) + " ON " + render(table);
  }

  @Override
  public boolean foreignKeysNeedAnIndex() {
    return true;
  }

  @Override
  public boolean restrictIsNoAction() {
    return true;
  }

  /**
   * @throws IllegalArgumentException for {@code ON DELETE SET DEFAULT}, which MySQL refuses and
   *     MariaDB accepts and then enforces as RESTRICT
   */
  @Override
  public String addForeignKey(String table, ForeignKey foreignKey) {
    if (foreignKey.onDelete() == ForeignKey.OnDelete.SET_DEFAULT) {
      throw new IllegalArgumentException(
          "Foreign key "
              + foreignKey.name()
              + " of table "
              + table
              + " deletes with SET DEFAULT, which MySQL and MariaDB do not enforce (MariaDB keeps"
              + " the key as RESTRICT): use SET_NULL or CASCADE, or delete the rows yourself");
    }
    return Dialect.super.addForeignKey(table, foreignKey);
  }

  /**
   * One {@code ALTER TABLE} that adds the index and drops those it replaces, the database checking
   * that every key keeps an index only at the statement's end. It drops an index it made for a key
   * itself once another serves the key, but not one a statement added, such as those of {@link
   * #dropIndex(String, String, List)}.
   */
  @Override
  public String createIndex(String table, Index index, List<String> replaced) {
    if (replaced.isEmpty()) {
      return createIndex(table, index);
    }
    StringBuilder sql =
        new StringBuilder("ALTER TABLE ")
            .append(render(table))
            .append(index.unique() ? " ADD UNIQUE INDEX " : " ADD INDEX ")
            .append(render(index.name()))
            .append(' ')
            .append(StandardTableDdl.indexColumns(this, index));
    for (String name : replaced) {
      sql.append(", DROP INDEX ").append(render(name));
    }
    return sql.toString();
  }

  /**
   * One {@code ALTER TABLE} that drops the index and adds those for its keys: the database checks
   * that every key keeps an index only at the statement's end, as it made them, named as the key
   * (which {@link #dropForeignKey} drops with it).
   */
  @Override
  public String dropIndex(String table, String index, List<Index> replacements) {
    if (replacements.isEmpty()) {
      return dropIndex(table, index);
    }
    StringBuilder sql =
        new StringBuilder("ALTER TABLE ")
            .append(render(table))
            .append(" DROP INDEX ")
            .append(render(index));
    for (Index replacement : replacements) {
      sql.append(", ADD INDEX ")
          .append(render(replacement.name()))
          .append(' ')
          .append(list(replacement.columns()));
    }
    return sql.toString();
  }

  /**
   * Drops the constraint and, on MariaDB, the index of the same name that the database created for
   * it if no index could serve it, so that a downgrade leaves the table as it was; MySQL has no
   * {@code DROP INDEX IF EXISTS}, so there that index stays.
   */
  @Override
  public String dropForeignKey(String table, String foreignKey) {
    return "ALTER TABLE "
        + render(table)
        + " DROP FOREIGN KEY "
        + render(foreignKey)
        + (mysql ? "" : ", DROP INDEX IF EXISTS " + render(foreignKey));
  }

  @Override
  public String timestampType() {
    return "DATETIME(3)";
  }

  /**
   * The swap of {@link #refreshMaterializedView} is DDL, which MySQL and MariaDB commit at once.
   */
  @Override
  public boolean refreshCommitsAtOnce() {
    return true;
  }

  @Override
  public List<String> refreshMaterializedView(
      String name, String sql, List<Index> indexes, boolean concurrently) {
    return refreshMaterializedView(name, sql, indexes, List.of(), concurrently);
  }

  @Override
  public boolean refreshReplacesTheTable() {
    return true;
  }

  /** See {@link MySqlMaterializedRefresh#statements}. */
  @Override
  public List<String> refreshMaterializedView(
      String name, String sql, List<Index> indexes, List<String> kept, boolean concurrently) {
    return MySqlMaterializedRefresh.statements(this, name, sql, indexes, kept);
  }

  // as mysqldump and mariadb-dump open their scripts; MariaDB's JDBC driver speaks utf8mb4 too
  @Override
  public Optional<String> scriptEncoding() {
    return Optional.of("SET NAMES utf8mb4");
  }

  @Override
  public String textType() {
    return "LONGTEXT";
  }
}
