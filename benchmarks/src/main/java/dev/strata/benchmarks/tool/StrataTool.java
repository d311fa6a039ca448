package dev.strata.benchmarks.tool;

import dev.strata.benchmarks.scenario.ScenarioFiles;
import dev.strata.runtime.Strata;
import javax.sql.DataSource;

/**
 * Strata as the README tells an application to start it; the generated migrations are found on the
 * classpath through their {@code META-INF/services} entry.
 */
public final class StrataTool implements MigrationTool {

  public StrataTool(ScenarioFiles files) {
    // the scenario's classes are on this JVM's classpath; nothing to read here
  }

  @Override
  public void migrate(DataSource dataSource) {
    Strata.configure(dataSource).load().upgrade();
  }
}
