package dev.strata.benchmarks.measure;

import dev.strata.benchmarks.fork.Report;
import dev.strata.benchmarks.profile.StackSampler;
import dev.strata.runtime.Strata;
import java.sql.Connection;
import javax.sql.DataSource;

/**
 * A cold Strata start cut into phases, to see where its time goes: opening the database (the
 * driver's class loading and H2's file open, which the floor pays too), {@code load()} (service
 * discovery and the index), and {@code upgrade()} (history read and checks), the first connection
 * staying open so that {@code upgrade()} does not pay for opening the database again. With the
 * profile property set, the stack of the thread running {@code load()} and {@code upgrade()} is
 * sampled too (see {@link StackSampler#PROPERTY}).
 */
public final class StartupBreakdown {

  private StartupBreakdown() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    ToolRun run = ToolRun.parse(args);
    DataSource dataSource = run.target().dataSource();
    try (Connection first = dataSource.getConnection()) {
      long connected = System.nanoTime();
      Strata strata;
      long loaded;
      long upgraded;
      try (StackSampler sampler = StackSampler.fromProperty("dev.strata.runtime")) {
        strata = Strata.configure(dataSource).load();
        loaded = System.nanoTime();
        strata.upgrade();
        upgraded = System.nanoTime();
      }
      Report.print("connect", connected - start);
      Report.print("load", loaded - connected);
      Report.print("upgrade", upgraded - loaded);
    }
  }
}
