package dev.strata.benchmarks.tool;

import dev.strata.benchmarks.scenario.ScenarioFiles;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Flyway configured in Java, as its documentation shows, reading the scenario's SQL migrations from
 * a folder.
 */
public final class FlywayTool implements MigrationTool {

  private final String location;

  public FlywayTool(ScenarioFiles files) {
    this.location = "filesystem:" + files.flywayMigrations().toAbsolutePath();
  }

  @Override
  public void migrate(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations(location)
        // the base table exists before any tool runs, and Flyway refuses a non-empty schema
        // without its history table unless told to baseline below the first migration
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }
}
