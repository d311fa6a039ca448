package dev.strata.benchmarks.tool;

import dev.strata.benchmarks.scenario.ScenarioFiles;
import java.nio.file.Path;
import java.sql.Connection;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;

/** Liquibase's Java API updating the database from the scenario's XML changelog. */
public final class LiquibaseTool implements MigrationTool {

  private final Path folder;

  public LiquibaseTool(ScenarioFiles files) {
    this.folder = files.liquibaseFolder().toAbsolutePath();
  }

  @Override
  public void migrate(DataSource dataSource) throws Exception {
    try (Connection connection = dataSource.getConnection();
        DirectoryResourceAccessor resources = new DirectoryResourceAccessor(folder)) {
      Database database =
          DatabaseFactory.getInstance()
              .findCorrectDatabaseImplementation(new JdbcConnection(connection));
      try (Liquibase liquibase =
          new Liquibase(ScenarioFiles.liquibaseChangelog(), resources, database)) {
        liquibase.update(new Contexts(), new LabelExpression());
      }
    }
  }
}
