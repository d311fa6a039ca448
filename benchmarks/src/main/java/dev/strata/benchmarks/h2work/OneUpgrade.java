package dev.strata.benchmarks.h2work;

import com.sun.management.ThreadMXBean;
import dev.strata.benchmarks.pgwork.OneViewMigrations;
import dev.strata.benchmarks.scenario.ViewScenario;
import dev.strata.runtime.Strata;
import dev.strata.testing.DataSources;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * One upgrade of N one-view migrations on a new H2 database in memory, as {@link BuildsCompared}
 * runs it inside each build's class loader: it names only what every build has, and answers in JDK
 * types, which both sides share.
 */
public final class OneUpgrade {

  private static int databases;

  private OneUpgrade() {}

  /**
   * Applies {@code migrations} one-view migrations to an empty database.
   *
   * @return the CPU nanoseconds of this thread and the bytes it allocated, for the upgrade alone
   */
  public static long[] run(int migrations) throws Exception {
    // this loader's own H2: DriverManager gives a caller only the drivers its loader sees as such
    Class.forName("org.h2.Driver");
    try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:builds_" + databases++)) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(ViewScenario.BASE_TABLE_DDL);
      }
      Strata strata =
          Strata.configure(DataSources.keeping(connection))
              .sources(new OneViewMigrations(migrations))
              .load();
      ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
      long thread = Thread.currentThread().getId();
      long cpu = threads.getCurrentThreadCpuTime();
      long bytes = threads.getThreadAllocatedBytes(thread);
      strata.upgrade();
      return new long[] {
        threads.getCurrentThreadCpuTime() - cpu, threads.getThreadAllocatedBytes(thread) - bytes
      };
    }
  }
}
