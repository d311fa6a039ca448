package dev.strata.benchmarks.measure;

import dev.strata.benchmarks.fork.Report;
import javax.sql.DataSource;

/**
 * One cold start in a fresh JVM: from {@code main} to the tool's return, everything the tool loads
 * and initialises on the way included. On a database already up to date this is the start every
 * deployment pays; the harness also uses it once on an empty database to prepare one.
 */
public final class ColdStart {

  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    ToolRun run = ToolRun.parse(args);
    DataSource dataSource = run.target().dataSource();
    run.tool().create(run.files()).migrate(dataSource);
    Report.print("nanos", System.nanoTime() - start);
  }
}
