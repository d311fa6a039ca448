package dev.strata.runtime.internal;

import dev.strata.runtime.DatabaseKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * H2, which commits every DDL statement at once (so failed migrations are undone by inverse
 * statements), replaces a view in one statement, and is locked through a row of the history table.
 */
final class H2Dialect implements Dialect {

  @Override
  public DatabaseKind kind() {
    return DatabaseKind.H2;
  }

  @Override
  public String name() {
    return "H2";
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

  @Override
  public String renameView(String from, String to) {
    // the new name takes no schema: the view stays in its own
    return "ALTER VIEW " + render(from) + " RENAME TO " + render(Identifiers.local(to));
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
    return RowLock.acquire(this, request);
  }
}
