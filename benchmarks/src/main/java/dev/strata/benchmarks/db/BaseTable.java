package dev.strata.benchmarks.db;

import dev.strata.benchmarks.scenario.ViewScenario;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Creates the table every view reads, before a tool runs and outside any measurement. */
public final class BaseTable {

  private BaseTable() {}

  public static void create(Target target) throws SQLException {
    try (Connection connection = target.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(ViewScenario.BASE_TABLE_DDL);
    }
  }
}
