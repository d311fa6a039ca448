package dev.strata.benchmarks.pgwork;

import dev.strata.benchmarks.db.Server;
import dev.strata.benchmarks.db.Target;
import dev.strata.benchmarks.measure.Medians;
import dev.strata.runtime.Strata;
import dev.strata.testing.DataSources;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prices the server's work per migration when applying one-view migrations on PostgreSQL: each
 * {@link Variant} applies N of them in a schema of its own on one connection, and the CPU time of
 * that connection's backend ({@link BackendCpu}) is divided by N. The variants take turns, round
 * after round; a first round warms up and is not shown. Run on demand, never by the build:
 *
 * <pre>
 * java -cp "benchmarks/target/classes:benchmarks/target/lib/*" \
 *   dev.strata.benchmarks.pgwork.PostgresServerWork 300 5 [VARIANT,...]
 * </pre>
 *
 * Each schema has the view of version 1 and the history table that Strata's upgrade to version 1
 * made, unmeasured; the measured part applies versions 2 to N + 1.
 */
public final class PostgresServerWork {

  private PostgresServerWork() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<Variant> variants =
        args.length > 2
            ? Arrays.stream(args[2].split(",")).map(Variant::valueOf).toList()
            : List.of(Variant.values());
    Map<Variant, List<Long>> cpu = new LinkedHashMap<>();
    Map<Variant, List<Long>> elapsed = new LinkedHashMap<>();
    String run = "strata_pgwork_" + ProcessHandle.current().pid();
    for (int round = 0; round <= rounds; round++) {
      for (Variant variant : variants) {
        String schema = run + "_" + variant.name().toLowerCase() + "_" + round;
        Target target = Server.POSTGRESQL.create(schema);
        try (Connection connection = target.dataSource().getConnection()) {
          Strata.configure(DataSources.keeping(connection))
              .sources(new OneViewMigrations(n + 1))
              .load()
              .upgrade("main", 1);
          BackendCpu backend = BackendCpu.of(connection);
          long cpuBefore = backend.nanos();
          long start = System.nanoTime();
          apply(variant, connection, schema, n);
          long nanos = System.nanoTime() - start;
          long cpuNanos = backend.nanos() - cpuBefore;
          requireViews(connection, schema, n + 1);
          if (round > 0) {
            cpu.computeIfAbsent(variant, v -> new ArrayList<>()).add(cpuNanos / n);
            elapsed.computeIfAbsent(variant, v -> new ArrayList<>()).add(nanos / n);
          }
        } finally {
          Server.POSTGRESQL.drop(schema);
        }
      }
    }
    System.out.printf(
        "N = %d, %d rounds; per migration, median (min-max) in microseconds%n", n, rounds);
    System.out.printf("%-14s %-22s %-12s %s%n", "variant", "backend CPU", "elapsed", "what");
    for (Variant variant : variants) {
      System.out.printf(
          "%-14s %-22s %-12s %s%n",
          variant.name(),
          spread(cpu.get(variant)),
          median(elapsed.get(variant)) / 1000,
          variant.label());
    }
  }

  private static void apply(Variant variant, Connection connection, String schema, int n)
      throws SQLException {
    if (variant == Variant.STRATA) {
      Strata.configure(DataSources.keeping(connection))
          .sources(new OneViewMigrations(n + 1))
          .load()
          .upgrade();
      return;
    }
    connection.setAutoCommit(true);
    for (int version = 2; version <= n + 1; version++) {
      Variant.Text text = variant.text(schema, version);
      try (PreparedStatement statement = connection.prepareStatement(text.sql())) {
        for (int i = 0; i < text.parameters().size(); i++) {
          statement.setObject(i + 1, text.parameters().get(i));
        }
        statement.execute();
        // read every result, as the runtime does
        while (statement.getMoreResults() || statement.getUpdateCount() != -1) {}
      }
    }
  }

  private static void requireViews(Connection connection, String schema, int count)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT count(*) FROM pg_views WHERE schemaname = ?")) {
      statement.setString(1, schema);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        if (row.getInt(1) != count) {
          throw new IllegalStateException(
              schema + " has " + row.getInt(1) + " views, not " + count);
        }
      }
    }
  }

  private static long median(List<Long> values) {
    return Medians.of(values.stream().mapToLong(Long::longValue).toArray());
  }

  private static String spread(List<Long> values) {
    long min = values.stream().min(Long::compare).orElseThrow();
    long max = values.stream().max(Long::compare).orElseThrow();
    return median(values) / 1000 + " (" + min / 1000 + "-" + max / 1000 + ")";
  }
}
