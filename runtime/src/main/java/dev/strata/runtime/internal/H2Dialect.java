package dev.strata.runtime.internal;

import dev.strata.runtime.DatabaseKind;
import java.sql.Connection;
import java.sql.SQLException;

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
