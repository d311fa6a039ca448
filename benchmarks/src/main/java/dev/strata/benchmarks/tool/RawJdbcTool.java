package dev.strata.benchmarks.tool;

import dev.strata.benchmarks.scenario.ScenarioFiles;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * The floor for applying: the very statements Strata's dialects write, executed one after the other
 * on one connection in auto-commit, with no history, lock or check.
 */
public final class RawJdbcTool implements MigrationTool {

  private final List<String> statements;

  public RawJdbcTool(ScenarioFiles files) {
    this.statements = files.scenario().ddl();
  }

  @Override
  public void migrate(DataSource dataSource) throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }
}
