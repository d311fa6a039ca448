package dev.strata.benchmarks.suite;

import dev.strata.benchmarks.db.BaseTable;
import dev.strata.benchmarks.db.Server;
import dev.strata.benchmarks.db.Target;
import dev.strata.benchmarks.measure.ColdStart;
import dev.strata.benchmarks.scenario.Folders;
import dev.strata.benchmarks.scenario.ScenarioFiles;
import dev.strata.benchmarks.tool.ToolKind;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One up-to-date database per tool for a scenario, migrated beforehand by the tool itself in a JVM
 * of its own: H2 files (an in-memory database dies with its JVM), PostgreSQL schemas or MariaDB
 * databases, dropped by {@link #close()}. The floor reads Strata's database.
 */
final class PreparedDatabases implements AutoCloseable {

  private final Map<ToolKind, Target> targets = new EnumMap<>(ToolKind.class);
  private final List<String> schemas = new ArrayList<>();
  private final Server server;

  private PreparedDatabases(Server server) {
    this.server = server;
  }

  static PreparedDatabases h2Files(Harness harness, ScenarioFiles files) throws Exception {
    PreparedDatabases databases = new PreparedDatabases(null);
    Path folder = harness.workspace().databases().resolve("n" + files.scenario().size());
    Folders.fresh(folder);
    for (ToolKind tool : StartupBenchmark.MIGRATING_TOOLS) {
      Target target = new Target("jdbc:h2:file:" + folder.resolve(tool.name().toLowerCase()));
      BaseTable.create(target);
      databases.migrate(harness, files, tool, target);
    }
    return databases;
  }

  static PreparedDatabases on(Server server, Harness harness, ScenarioFiles files)
      throws Exception {
    PreparedDatabases databases = new PreparedDatabases(server);
    try {
      for (ToolKind tool : StartupBenchmark.MIGRATING_TOOLS) {
        String schema =
            "strata_bench_"
                + harness.runId()
                + "_"
                + tool.name().toLowerCase()
                + "_"
                + files.scenario().size();
        databases.schemas.add(schema);
        databases.migrate(harness, files, tool, server.create(schema));
      }
    } catch (Exception e) {
      databases.close();
      throw e;
    }
    return databases;
  }

  /** The database {@code tool} is measured on. */
  Target target(ToolKind tool) {
    return targets.get(tool.preparer());
  }

  private void migrate(Harness harness, ScenarioFiles files, ToolKind tool, Target target) {
    harness.runTool(tool, target, files, ColdStart.class, List.of());
    targets.put(tool, target);
  }

  @Override
  public void close() throws SQLException {
    for (String schema : schemas) {
      server.drop(schema);
    }
  }
}
