package dev.strata.benchmarks.measure;

import dev.strata.benchmarks.db.BaseTable;
import dev.strata.benchmarks.tool.MigrationTool;
import java.util.Arrays;
import javax.sql.DataSource;

/**
 * Starts with nothing pending, repeated in one JVM once its code is warm: what a start costs when
 * class loading and JIT compilation are out of the picture, as in tests or a second data source.
 * Arguments: a {@link ToolRun}, {@code prepare} or {@code ready}, then {@link Repetitions}. An H2
 * in-memory database lives only in this JVM, so {@code prepare} creates the base table and migrates
 * once before measuring (with Strata for the floor, which reads Strata's history).
 */
public final class WarmStart {

  private WarmStart() {}

  public static void main(String[] args) throws Exception {
    ToolRun run = ToolRun.parse(args);
    boolean prepare = args[ToolRun.ARGS].equals("prepare");
    Repetitions repetitions = Repetitions.parse(args, ToolRun.ARGS + 1);
    DataSource dataSource = run.target().dataSource();
    if (prepare) {
      BaseTable.create(run.target());
      run.tool().preparer().create(run.files()).migrate(dataSource);
    }
    repetitions.measure(
        () -> {
          long start = System.nanoTime();
          MigrationTool tool = run.tool().create(run.files());
          tool.migrate(dataSource);
          return System.nanoTime() - start;
        });
    // the database must still be up to date: the measured runs changed nothing
    ViewCount.require(run.target(), run.files().scenario().size(), Arrays.toString(args));
  }
}
