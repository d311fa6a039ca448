package dev.strata.benchmarks.tool;

import dev.strata.benchmarks.scenario.ScenarioFiles;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The floor for a start with nothing pending: open one connection and read every row of Strata's
 * history table, which any tool must at least do to know that nothing is pending.
 */
public final class HistoryFloor implements MigrationTool {

  public HistoryFloor(ScenarioFiles files) {
    // reads the database only
  }

  @Override
  public void migrate(DataSource dataSource) throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM strata_schema_history")) {
      int columns = rows.getMetaData().getColumnCount();
      long seen = 0;
      while (rows.next()) {
        for (int column = 1; column <= columns; column++) {
          seen += rows.getObject(column) == null ? 0 : 1;
        }
      }
      if (seen == 0) {
        throw new IllegalStateException("The history table is empty: the floor read nothing");
      }
    }
  }
}
