package dev.strata.benchmarks.measure;

import dev.strata.benchmarks.db.BaseTable;
import dev.strata.benchmarks.db.Server;
import dev.strata.benchmarks.db.Target;
import dev.strata.benchmarks.fork.Report;
import dev.strata.benchmarks.profile.StackSampler;
import dev.strata.benchmarks.tool.MigrationTool;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;

/**
 * Applies all N migrations to an empty database, repeatedly in one JVM, each time on a database of
 * its own (a new H2 in-memory database, PostgreSQL schema or MariaDB database) that holds only the
 * base table. Arguments: a {@link ToolRun} whose URL only says which database kind, a schema
 * prefix, warm-up runs, measured runs.
 */
public final class Apply {

  private Apply() {}

  public static void main(String[] args) throws Exception {
    ToolRun run = ToolRun.parse(args);
    String prefix = args[ToolRun.ARGS];
    int warmups = Integer.parseInt(args[ToolRun.ARGS + 1]);
    int samples = Integer.parseInt(args[ToolRun.ARGS + 2]);
    MigrationTool tool = run.tool().create(run.files());
    for (int i = 0; i < warmups + samples; i++) {
      String name = prefix + "_" + i;
      Optional<Server> server = Server.of(run.target());
      Target target = server.isPresent() ? server.get().create(name) : h2(name);
      long start = System.nanoTime();
      try (StackSampler sampler =
          i >= warmups ? StackSampler.fromProperty("dev.strata.runtime") : null) {
        tool.migrate(target.dataSource());
      }
      long nanos = System.nanoTime() - start;
      ViewCount.require(target, run.files().scenario().size(), run.tool().label());
      discard(server, target, name);
      if (i >= warmups) {
        Report.print("nanos", nanos);
      }
    }
  }

  private static Target h2(String name) throws Exception {
    Target target = new Target("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    BaseTable.create(target);
    return target;
  }

  private static void discard(Optional<Server> server, Target target, String name)
      throws Exception {
    if (server.isPresent()) {
      server.get().drop(name);
      return;
    }
    try (Connection connection = target.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }
}
