package dev.strata.runtime.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * H2, which commits every DDL statement at once (so failed migrations are undone by inverse
 * statements) and replaces a view in one statement.
 */
final class H2Dialect implements Dialect {

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
  public String viewDefinition(Connection connection, String name) throws SQLException {
    return ViewDefinitions.read(connection, name);
  }
}
