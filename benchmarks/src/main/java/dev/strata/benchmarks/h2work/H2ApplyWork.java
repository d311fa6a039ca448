package dev.strata.benchmarks.h2work;

import dev.strata.benchmarks.measure.HarnessArguments;
import dev.strata.benchmarks.measure.SizesInTurn;
import dev.strata.benchmarks.pgwork.OneViewMigrations;
import dev.strata.benchmarks.scenario.ViewScenario;
import dev.strata.runtime.Strata;
import dev.strata.testing.DataSources;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Prices applying one-view migrations on H2 in memory as a function of the views already there: for
 * each N, Strata's work per further migration (an upgrade of 1 + M migrations less an upgrade of 1,
 * over M, so that the upgrade's fixed part, which reads the N history rows, cancels) and raw JDBC's
 * per further {@code CREATE VIEW}, as {@link ThreadWork}; H2's own time per kind of statement
 * ({@link StatementTimes}); and the reads of a migration's views ({@link ViewReadForms}). Rounds
 * take turns over the sizes; the first warms up and is not shown. Run on demand, never by the
 * build:
 *
 * <pre>
 * java -cp "benchmarks/target/classes:benchmarks/target/lib/*" \
 *   dev.strata.benchmarks.h2work.H2ApplyWork 100,1000,3000 200 5
 * </pre>
 */
public final class H2ApplyWork {

  private static final int READS = 2_000;

  private final int more;
  private int databases;

  private H2ApplyWork(int more) {
    this.more = more;
  }

  /** One round's figures at one N. */
  private record Round(
      ThreadWork strata, ThreadWork raw, Map<String, double[]> statements, long[] reads) {}

  public static void main(String[] args) throws Exception {
    HarnessArguments arguments = HarnessArguments.ofMeasuringRun(args);
    List<Integer> sizes = arguments.numbers(0, "100,1000,3000");
    int more = arguments.number(1, 200);
    int rounds = arguments.number(2, 5);
    H2ApplyWork work = new H2ApplyWork(more);
    Map<Integer, List<Round>> measured = SizesInTurn.measure(sizes, 1, rounds, work::measure);
    System.out.printf(
        "H2 in memory, one-view migrations; per further migration (M = %d), %d rounds:"
            + " median (min-max)%n",
        more, rounds);
    measured.forEach(H2ApplyWork::print);
  }

  private Round measure(int size) throws Exception {
    ThreadWork one;
    try (Connection connection = database()) {
      Strata strata = strata(connection, size + 1);
      strata.upgrade("main", size);
      one = ThreadWork.of(() -> strata.upgrade("main", size + 1));
    }
    try (Connection connection = database()) {
      Strata strata = strata(connection, size + 1 + more);
      strata.upgrade("main", size);
      StatementTimes.start(connection);
      ThreadWork many = ThreadWork.of(strata::upgrade);
      Map<String, double[]> statements = StatementTimes.stop(connection, more);
      long[] reads = new long[ViewReadForms.values().length * 2];
      for (ViewReadForms form : ViewReadForms.values()) {
        reads[form.ordinal() * 2] = form.rowsScanned(connection);
        reads[form.ordinal() * 2 + 1] = form.cpuNanosPerRead(connection, READS, size + 1 + more);
      }
      return new Round(many.marginal(one, more), raw(size), statements, reads);
    }
  }

  private ThreadWork raw(int size) throws Exception {
    try (Connection connection = database();
        Statement statement = connection.createStatement()) {
      for (int version = 1; version <= size; version++) {
        statement.execute(createView(version));
      }
      ThreadWork views =
          ThreadWork.of(
              () -> {
                for (int version = size + 1; version <= size + more; version++) {
                  statement.execute(createView(version));
                }
              });
      return views.marginal(new ThreadWork(0, 0), more);
    }
  }

  private static String createView(int version) {
    return "CREATE VIEW v" + version + " AS " + OneViewMigrations.query(version);
  }

  private Connection database() throws SQLException {
    Connection connection = DriverManager.getConnection("jdbc:h2:mem:h2work_" + databases++);
    try (Statement statement = connection.createStatement()) {
      statement.execute(ViewScenario.BASE_TABLE_DDL);
    }
    return connection;
  }

  private static Strata strata(Connection connection, int migrations) {
    return Strata.configure(DataSources.keeping(connection))
        .sources(new OneViewMigrations(migrations))
        .load();
  }

  private static void print(int size, List<Round> rounds) {
    System.out.printf("%nN = %,d views already there%n", size);
    System.out.printf(
        "  Strata: CPU %s us, allocated %s KB per migration%n",
        spread(rounds, r -> r.strata().cpuNanos() / 1_000),
        spread(rounds, r -> r.strata().bytes() / 1_024));
    System.out.printf(
        "  raw JDBC: CPU %s us, allocated %s KB per CREATE VIEW%n",
        spread(rounds, r -> r.raw().cpuNanos() / 1_000),
        spread(rounds, r -> r.raw().bytes() / 1_024));
    System.out.println("  H2's execution time per statement of Strata's upgrade:");
    for (String kind : rounds.get(0).statements().keySet()) {
      System.out.printf(
          "    %-70s %s us%n",
          kind,
          spread(
              rounds, r -> Math.round(r.statements().getOrDefault(kind, new double[] {0, -1})[1])));
    }
    System.out.println("  reading back a migration's views: rows H2 scans, CPU per read");
    for (ViewReadForms form : ViewReadForms.values()) {
      int at = form.ordinal() * 2;
      System.out.printf(
          "    %-48s %6d rows  %s us%n",
          form.label(), rounds.get(0).reads()[at], spread(rounds, r -> r.reads()[at + 1] / 1_000));
    }
  }

  private static String spread(List<Round> rounds, ToLongFunction<Round> figure) {
    List<Long> values = new ArrayList<>(rounds.stream().map(figure::applyAsLong).toList());
    Collections.sort(values);
    return values.get(values.size() / 2)
        + " ("
        + values.get(0)
        + "-"
        + values.get(values.size() - 1)
        + ")";
  }
}
