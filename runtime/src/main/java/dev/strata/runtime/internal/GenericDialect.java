package dev.strata.runtime.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The fallback for databases without a dialect of their own: SQL-92 DDL only, and DDL assumed to
 * commit at once, the cautious choice since undoing an already rolled-back view changes nothing.
 */
final class GenericDialect implements Dialect {

  private final String product;

  GenericDialect(String product) {
    this.product = product;
  }

  @Override
  public String name() {
    return product + " (generic SQL)";
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
    // CREATE OR REPLACE VIEW is not standard SQL
    return List.of(dropView(name), createView(name, sql));
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
