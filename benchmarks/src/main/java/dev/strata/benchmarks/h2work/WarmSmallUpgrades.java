package dev.strata.benchmarks.h2work;

import dev.strata.benchmarks.measure.HarnessArguments;
import dev.strata.benchmarks.measure.Medians;
import dev.strata.benchmarks.measure.SizesInTurn;
import dev.strata.benchmarks.pgwork.OneViewMigrations;
import dev.strata.benchmarks.scenario.ViewScenario;
import dev.strata.runtime.Strata;
import dev.strata.testing.DataSources;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * Prices a whole upgrade of N one-view migrations on a new H2 database in memory, fixed part
 * included (creating the history table, the lock, reading the empty history), against raw JDBC's N
 * {@code CREATE VIEW} statements on a new database, once the JIT has compiled both: the full run
 * discards one application per cell, so at N = 10 and 100 it measures code being interpreted and
 * compiled as much as the work itself. CPU time and bytes of this thread ({@link ThreadWork});
 * rounds take turns over the sizes, and the first rounds only warm up. Run on demand, never by the
 * build:
 *
 * <pre>
 * java -cp "benchmarks/target/classes:benchmarks/target/lib/*" \
 *   dev.strata.benchmarks.h2work.WarmSmallUpgrades 10,100 300 5
 * </pre>
 */
public final class WarmSmallUpgrades {

  private final int repetitions;
  private int databases;

  private WarmSmallUpgrades(int repetitions) {
    this.repetitions = repetitions;
  }

  public static void main(String[] args) throws Exception {
    HarnessArguments arguments = HarnessArguments.ofMeasuringRun(args);
    List<Integer> sizes = arguments.numbers(0, "10,100");
    int repetitions = arguments.number(1, 300);
    int rounds = arguments.number(2, 5);
    WarmSmallUpgrades work = new WarmSmallUpgrades(repetitions);
    // two rounds of warm-up: enough for C2 to compile both paths at these sizes
    Map<Integer, List<double[]>> measured =
        SizesInTurn.measure(
            sizes, 2, rounds, size -> new double[] {work.strataMedian(size), work.rawMedian(size)});
    System.out.printf(
        "H2 in memory, a new database per upgrade; median CPU of %d upgrades per round, %d rounds%n",
        repetitions, rounds);
    measured.forEach(
        (size, rows) -> {
          for (double[] row : rows) {
            System.out.printf(
                "N = %d: Strata %.3f ms, raw JDBC %.3f ms, Strata / raw %.2f%n",
                size, row[0] / 1e6, row[1] / 1e6, row[0] / row[1]);
          }
        });
  }

  private double strataMedian(int size) throws Exception {
    long[] cpu = new long[repetitions];
    for (int i = 0; i < repetitions; i++) {
      try (Connection connection = database()) {
        Strata strata =
            Strata.configure(DataSources.keeping(connection))
                .sources(new OneViewMigrations(size))
                .load();
        cpu[i] = ThreadWork.of(strata::upgrade).cpuNanos();
      }
    }
    return Medians.of(cpu);
  }

  private double rawMedian(int size) throws Exception {
    long[] cpu = new long[repetitions];
    for (int i = 0; i < repetitions; i++) {
      try (Connection connection = database();
          Statement statement = connection.createStatement()) {
        cpu[i] =
            ThreadWork.of(
                    () -> {
                      for (int version = 1; version <= size; version++) {
                        statement.execute(
                            "CREATE VIEW v" + version + " AS " + OneViewMigrations.query(version));
                      }
                    })
                .cpuNanos();
      }
    }
    return Medians.of(cpu);
  }

  private Connection database() throws SQLException {
    Connection connection = DriverManager.getConnection("jdbc:h2:mem:warm_small_" + databases++);
    try (Statement statement = connection.createStatement()) {
      statement.execute(ViewScenario.BASE_TABLE_DDL);
    }
    return connection;
  }
}
