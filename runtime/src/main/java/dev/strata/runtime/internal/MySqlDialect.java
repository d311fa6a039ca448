package dev.strata.runtime.internal;

import dev.strata.runtime.DatabaseKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * MySQL and MariaDB, which commit every DDL statement at once (so progress is recorded statement by
 * statement and failures are undone by inverse statements), call schemas databases, rename views
 * with {@code RENAME TABLE}, and lock runs with {@code GET_LOCK}.
 */
final class MySqlDialect implements Dialect {

  private final String product;

  MySqlDialect(String product) {
    this.product = product;
  }

  @Override
  public DatabaseKind kind() {
    return DatabaseKind.MYSQL;
  }

  @Override
  public String name() {
    return product;
  }

  @Override
  public boolean transactionalDdl() {
    return false;
  }

  @Override
  public String createView(String name, String sql) {
    return "CREATE VIEW " + render(name) + " AS " + sql;
  }

  @Override
  public List<String> replaceView(String name, String sql) {
    return List.of("CREATE OR REPLACE VIEW " + render(name) + " AS " + sql);
  }

  @Override
  public String dropView(String name) {
    return "DROP VIEW " + render(name);
  }

  // qualified like `from`: an unqualified target would land in the session's database
  @Override
  public String renameView(String from, String to) {
    return "RENAME TABLE " + render(from) + " TO " + render(to);
  }

  @Override
  public TableRef locate(Connection connection, String name) throws SQLException {
    return TableRef.inCatalog(connection, name);
  }

  @Override
  public String timestampType() {
    return "DATETIME(3)";
  }

  @Override
  public boolean createTableIfNotExists() {
    return true;
  }

  @Override
  public SessionLock lock(Connection connection, LockRequest request) throws SQLException {
    return NamedLock.acquire(connection, request);
  }
}
