package dev.strata.benchmarks.warmwork;

import dev.strata.benchmarks.measure.HarnessArguments;
import dev.strata.benchmarks.measure.Medians;
import dev.strata.benchmarks.scenario.ViewScenario;
import dev.strata.benchmarks.tool.HistoryFloor;
import dev.strata.benchmarks.tool.MigrationTool;
import dev.strata.benchmarks.tool.StrataTool;
import dev.strata.runtime.MigrationSource;
import dev.strata.runtime.Strata;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Prices a warm start with nothing pending on H2 in memory, N one-view migrations applied, as work
 * that the machine's load does not change: the thread CPU time and the bytes allocated per start,
 * for Strata ({@code Strata.configure(ds).load().upgrade()}, its set found through {@code
 * META-INF/services} as an application's) and for the floor ({@link HistoryFloor}), the two taking
 * turns start by start in one JVM. Each checkpoint c reports the medians of the {@code window}
 * starts after c starts of each tool, so a small c shows the start before the JIT compiled it and a
 * large one after; then the JDBC calls of one start of each. Arguments: N, the checkpoints, the
 * window, which tools ({@code both}, {@code Strata} or {@code floor}: a tool alone has the JIT's
 * profile to itself, as in the suite's JVM per tool; {@code parts}: both, and Strata's {@code
 * load()} alone), and optionally a folder of classes the processor generated (a scenario's {@code
 * strata/classes}, with its {@code META-INF/services}) to use instead of {@link IndexedViews}. Run
 * on demand, never by the build:
 *
 * <pre>
 * java -cp "benchmarks/target/classes:benchmarks/target/lib/*" \
 *   dev.strata.benchmarks.warmwork.WarmStartWork 1000 200,2000,10000 500 both
 * </pre>
 */
public final class WarmStartWork {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private WarmStartWork() {}

  public static void main(String[] args) throws Exception {
    HarnessArguments arguments = HarnessArguments.ofMeasuringRun(args);
    int size = arguments.number(0, 1_000);
    int[] checkpoints =
        arguments.numbers(1, "200,2000,10000").stream().mapToInt(Integer::intValue).toArray();
    int window = arguments.number(2, 500);
    String which = arguments.text(3, "both");
    System.setProperty(IndexedViews.COUNT, Integer.toString(size));
    Thread.currentThread()
        .setContextClassLoader(
            args.length > 4 ? generated(Path.of(args[4])) : registering(IndexedViews.class));
    DataSource dataSource = prepared(size);

    MigrationTool[] tools = {new StrataTool(null), new HistoryFloor(null)};
    if (which.equals("parts")) {
      // load() alone: discovery, the index and its validation, no database
      MigrationTool load = source -> Strata.configure(source).load();
      tools = new MigrationTool[] {tools[0], tools[1], load};
    } else if (!which.equals("both")) {
      tools = new MigrationTool[] {tools[which.equals("floor") ? 1 : 0]};
    }
    int starts = Arrays.stream(checkpoints).max().orElse(0) + window;
    long[][] cpu = new long[tools.length][starts];
    long[][] bytes = new long[tools.length][starts];
    long thread = Thread.currentThread().getId();
    for (int start = 0; start < starts; start++) {
      for (int turn = 0; turn < tools.length; turn++) {
        // taking turns, each first every other time
        int tool = (start + turn) % tools.length;
        long allocated = THREADS.getThreadAllocatedBytes(thread);
        long began = THREADS.getCurrentThreadCpuTime();
        tools[tool].migrate(dataSource);
        cpu[tool][start] = THREADS.getCurrentThreadCpuTime() - began;
        bytes[tool][start] = THREADS.getThreadAllocatedBytes(thread) - allocated;
      }
    }
    if (!Strata.configure(dataSource).load().upgrade().isEmpty()) {
      throw new IllegalStateException("The measured starts left work to do");
    }
    System.out.printf(
        "H2 in memory, %,d migrations applied, nothing pending; medians of %d starts"
            + " (CPU us, KB allocated) after c starts of each tool%n",
        size, window);
    for (int checkpoint : checkpoints) {
      StringBuilder line = new StringBuilder(String.format("  c = %,6d:", checkpoint));
      double[] medians = new double[tools.length];
      for (int tool = 0; tool < tools.length; tool++) {
        medians[tool] = median(cpu[tool], checkpoint, window) / 1_000.0;
        line.append(
            String.format(
                "   %s %7.1f us %7.1f KB",
                name(tools[tool]),
                medians[tool],
                median(bytes[tool], checkpoint, window) / 1_024.0));
      }
      if (tools.length >= 2) {
        line.append(String.format("   Strata / floor %.2fx CPU", medians[0] / medians[1]));
      }
      System.out.println(line);
    }
    JdbcCalls calls = new JdbcCalls();
    DataSource counted = calls.counting(dataSource);
    for (MigrationTool tool : tools) {
      tool.migrate(counted);
      Map<String, Integer> made = calls.take();
      System.out.printf(
          "JDBC calls of one %s start (%d): %s%n",
          name(tool), made.values().stream().mapToInt(Integer::intValue).sum(), made);
    }
  }

  /**
   * A class loader that registers {@code source} in {@code META-INF/services}, as a module whose
   * processor generated it; its classes are this JVM's.
   */
  private static ClassLoader registering(Class<? extends MigrationSource> source) throws Exception {
    Path folder = Files.createTempDirectory("warmwork");
    folder.toFile().deleteOnExit();
    Path services = folder.resolve("META-INF/services/" + MigrationSource.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(services, source.getName() + "\n", StandardCharsets.UTF_8);
    return new URLClassLoader(new URL[] {folder.toUri().toURL()}, source.getClassLoader());
  }

  /** A class loader over a folder of generated classes and their {@code META-INF/services}. */
  private static ClassLoader generated(Path classes) throws Exception {
    return new URLClassLoader(
        new URL[] {classes.toUri().toURL()}, WarmStartWork.class.getClassLoader());
  }

  private static String name(MigrationTool tool) {
    return tool instanceof StrataTool
        ? "Strata"
        : tool instanceof HistoryFloor ? "floor" : "load()";
  }

  /** H2 in memory with the base table and {@code size} migrations applied by Strata. */
  private static DataSource prepared(int size) throws Exception {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:warmwork;DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    dataSource.setPassword("");
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(ViewScenario.BASE_TABLE_DDL);
    }
    int applied = Strata.configure(dataSource).load().upgrade().size();
    if (applied != size || !Strata.configure(dataSource).load().upgrade().isEmpty()) {
      throw new IllegalStateException("Preparing applied " + applied + " of " + size);
    }
    return dataSource;
  }

  private static long median(long[] values, int from, int count) {
    return Medians.of(Arrays.copyOfRange(values, from, from + count));
  }
}
