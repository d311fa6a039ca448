package dev.strata.benchmarks.pgwork;

import dev.strata.benchmarks.db.Server;
import dev.strata.benchmarks.db.Target;
import dev.strata.runtime.Strata;
import dev.strata.testing.DataSources;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Prices the fixed part of an upgrade on PostgreSQL, the work that does not grow with the number of
 * migrations: each statement or driver call that the runtime sends before its first migration, as
 * it sends it, first once on each of several new connections (the caches of a starting
 * application's session are cold), then repeated on one connection to a history of 10 migrations,
 * with the backend's CPU time ({@link BackendCpu}) and the client's elapsed time per execution;
 * then whole upgrades of 1 and of 10 migrations onto a history of one, each in a schema of its own.
 * Run on demand, never by the build; put another runtime's classes first on the class path to price
 * that one's upgrades:
 *
 * <pre>
 * java -cp "benchmarks/target/classes:benchmarks/target/lib/*" \
 *   dev.strata.benchmarks.pgwork.FixedPartPrices 200 5 20
 * </pre>
 */
public final class FixedPartPrices {

  private static final String HISTORY = "strata_schema_history";

  // the runtime's own texts, copied: SchemaAccess, HistoryDigest, HistoryTable, HistoryTail,
  // TransactionAdvisoryLock, LiveViews
  private static final String FIRST_SCHEMA =
      "SELECT n.nspname, has_schema_privilege(n.oid, 'USAGE')"
          + " FROM unnest(string_to_array(current_setting('search_path'), ','))"
          + " WITH ORDINALITY AS p(entry, position)"
          + " JOIN pg_namespace n ON n.nspname = trim(both '\"' from trim(p.entry))"
          + " ORDER BY p.position LIMIT 1";
  private static final String DIGEST =
      "SELECT migration_set, version, checksum, success, COALESCE((SELECT usable FROM ("
          + FIRST_SCHEMA
          + ") AS f(name, usable)), TRUE) FROM "
          + HISTORY;
  private static final String MARKER =
      "SELECT checksum FROM " + HISTORY + " WHERE migration_set = '<strata>' AND version = 0";
  private static final String ROWS =
      "SELECT migration_set, version, description, checksum, installed_by, applied_at,"
          + " execution_ms, success, run_state, statements_done, downgrade, view_definitions FROM "
          + HISTORY
          + " WHERE version > 0 ORDER BY migration_set, version";
  private static final String LOCK =
      "SET TRANSACTION ISOLATION LEVEL READ COMMITTED; SELECT pg_try_advisory_xact_lock(42)";
  private static final String LOCK_AND_TAIL =
      LOCK
          + "; SELECT version, checksum, success FROM "
          + HISTORY
          + " WHERE migration_set = 'main' AND version >= 10";
  private static final String TABLE_COLUMNS =
      "SELECT a.attname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT"
          + " a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'f', 'm')"
          + " WHERE n.nspname = current_schema() AND c.relname = '"
          + HISTORY
          + "'";
  private static final String SESSION_PATH =
      "SELECT current_schema(), current_setting('search_path'),"
          + " current_setting('server_encoding') = 'UTF8'";

  private FixedPartPrices() {}

  /** One statement or driver call of the fixed part, and whether this branch still sends it. */
  private record Priced(String name, boolean kept, Work work) {}

  private interface Work {
    void run(Connection connection, String schema) throws SQLException;
  }

  public static void main(String[] args) throws Exception {
    int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int upgrades = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    String run = "strata_pgfixed_" + ProcessHandle.current().pid();
    priceStatements(run + "_s", repetitions, rounds);
    for (int n : new int[] {1, 10}) {
      priceUpgrades(run + "_u", n, upgrades, false);
      priceUpgrades(run + "_r", n, upgrades, true);
    }
  }

  private static List<Priced> statements() {
    return List.of(
        new Priced("digest read (+ schema USAGE guard)", true, (c, s) -> query(c, DIGEST)),
        new Priced("SchemaAccess first schema", false, (c, s) -> query(c, FIRST_SCHEMA)),
        new Priced("getSchema()", true, (c, s) -> c.getSchema()),
        new Priced("getTables", false, (c, s) -> drain(tables(c.getMetaData(), s))),
        new Priced("getColumns", false, (c, s) -> drain(columns(c.getMetaData(), s))),
        new Priced("table and columns (TableColumns)", true, (c, s) -> query(c, TABLE_COLUMNS)),
        new Priced("marker row", false, (c, s) -> query(c, MARKER)),
        new Priced(
            "lock in own transaction + COMMIT",
            false,
            (c, s) -> inTransaction(c, () -> query(c, LOCK), true)),
        new Priced(
            "history read + COMMIT", true, (c, s) -> inTransaction(c, () -> query(c, ROWS), true)),
        new Priced(
            "lock + tail (+ ROLLBACK)",
            true,
            (c, s) -> inTransaction(c, () -> query(c, LOCK_AND_TAIL), false)),
        new Priced("session path", true, (c, s) -> query(c, SESSION_PATH)),
        new Priced("SELECT 1 (a round trip)", true, (c, s) -> query(c, "SELECT 1")));
  }

  private static void priceStatements(String schema, int repetitions, int rounds)
      throws SQLException {
    Target target = Server.POSTGRESQL.create(schema);
    try (Connection connection = target.dataSource().getConnection()) {
      Strata.configure(DataSources.keeping(connection))
          .sources(new OneViewMigrations(10))
          .load()
          .upgrade();
      connection.setAutoCommit(true);
      BackendCpu backend = BackendCpu.of(connection);
      System.out.printf(
          "first in a session: %d sessions; repeated: %d executions per round, %d rounds;"
              + " per execution, median (min-max) in microseconds%n",
          rounds * 4, repetitions, rounds);
      System.out.printf(
          "%-38s %-6s %-18s %-18s %s%n",
          "statement", "kept", "first: backend CPU", "repeated: CPU", "repeated: elapsed");
      for (Priced priced : statements()) {
        List<Long> first = firstInSession(target, schema, priced, rounds * 4);
        for (int i = 0; i < 20; i++) {
          priced.work().run(connection, schema);
        }
        List<Long> cpu = new ArrayList<>();
        List<Long> elapsed = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
          long cpuBefore = backend.nanos();
          long start = System.nanoTime();
          for (int i = 0; i < repetitions; i++) {
            priced.work().run(connection, schema);
          }
          elapsed.add((System.nanoTime() - start) / repetitions);
          cpu.add((backend.nanos() - cpuBefore) / repetitions);
        }
        System.out.printf(
            "%-38s %-6s %-18s %-18s %s%n",
            priced.name(),
            priced.kept() ? "yes" : "CUT",
            spread(first),
            spread(cpu),
            spread(elapsed));
      }
    } finally {
      Server.POSTGRESQL.drop(schema);
    }
  }

  /**
   * The backend CPU of {@code priced} run once on each of {@code sessions} new connections, after
   * one {@code SELECT 1}: what a start pays, in a session whose caches are cold.
   */
  private static List<Long> firstInSession(
      Target target, String schema, Priced priced, int sessions) throws SQLException {
    List<Long> cpu = new ArrayList<>();
    for (int i = 0; i < sessions; i++) {
      try (Connection connection = target.dataSource().getConnection()) {
        BackendCpu backend = BackendCpu.of(connection);
        query(connection, "SELECT 1");
        long before = backend.nanos();
        priced.work().run(connection, schema);
        cpu.add(backend.nanos() - before);
      }
    }
    return cpu;
  }

  /**
   * Whole upgrades of {@code n} migrations onto a history of one, each in a fresh schema; or, for
   * {@code raw}, raw JDBC's {@code n} auto-committed {@code CREATE VIEW}s after its first.
   */
  private static void priceUpgrades(String prefix, int n, int upgrades, boolean raw)
      throws SQLException {
    List<Long> cpu = new ArrayList<>();
    List<Long> elapsed = new ArrayList<>();
    for (int k = 0; k <= upgrades; k++) {
      String schema = prefix + "_" + n + "_" + k;
      Target target = Server.POSTGRESQL.create(schema);
      try (Connection connection = target.dataSource().getConnection()) {
        OneViewMigrations source = new OneViewMigrations(n + 1);
        if (raw) {
          query(connection, createView(1));
        } else {
          Strata.configure(DataSources.keeping(connection))
              .sources(source)
              .load()
              .upgrade("main", 1);
        }
        BackendCpu backend = BackendCpu.of(connection);
        Strata strata = Strata.configure(DataSources.keeping(connection)).sources(source).load();
        long cpuBefore = backend.nanos();
        long start = System.nanoTime();
        if (raw) {
          for (int version = 2; version <= n + 1; version++) {
            query(connection, createView(version));
          }
        } else {
          strata.upgrade();
        }
        // the first is a warm-up
        if (k > 0) {
          elapsed.add(System.nanoTime() - start);
          cpu.add(backend.nanos() - cpuBefore);
        }
      } finally {
        Server.POSTGRESQL.drop(schema);
      }
    }
    System.out.printf(
        "%s of %d after a first, %d times: backend CPU %s, elapsed %s"
            + " (microseconds, median (min-max))%n",
        raw ? "raw JDBC CREATE VIEWs" : "Strata upgrade",
        n,
        upgrades,
        spread(cpu),
        spread(elapsed));
  }

  private static String createView(int version) {
    return "CREATE VIEW v" + version + " AS " + OneViewMigrations.query(version);
  }

  private static void query(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      boolean rows = statement.execute();
      // every result, as the runtime reads them
      while (true) {
        if (rows) {
          drain(statement.getResultSet());
        } else if (statement.getUpdateCount() == -1) {
          return;
        }
        rows = statement.getMoreResults();
      }
    }
  }

  private interface Step {
    void run() throws SQLException;
  }

  private static void inTransaction(Connection connection, Step step, boolean commit)
      throws SQLException {
    connection.setAutoCommit(false);
    step.run();
    if (commit) {
      connection.commit();
    } else {
      connection.rollback();
    }
    connection.setAutoCommit(true);
  }

  private static ResultSet tables(DatabaseMetaData metaData, String schema) throws SQLException {
    return metaData.getTables(null, schema, "strata\\_schema\\_history", null);
  }

  private static ResultSet columns(DatabaseMetaData metaData, String schema) throws SQLException {
    return metaData.getColumns(null, schema, "strata\\_schema\\_history", "%");
  }

  private static void drain(ResultSet rows) throws SQLException {
    try (rows) {
      while (rows.next()) {
        rows.getString(1);
      }
    }
  }

  private static String spread(List<Long> nanos) {
    List<Long> sorted = nanos.stream().sorted().toList();
    return sorted.get(sorted.size() / 2) / 1000
        + " ("
        + sorted.get(0) / 1000
        + "-"
        + sorted.get(sorted.size() - 1) / 1000
        + ")";
  }
}
