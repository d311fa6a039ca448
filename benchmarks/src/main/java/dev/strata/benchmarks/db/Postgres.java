package dev.strata.benchmarks.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The local PostgreSQL server: each run works in schemas of its own, created and dropped here, so
 * that nothing else in the {@code test} database is touched.
 */
public final class Postgres {

  /** Overridable like the integration tests' server, with {@code STRATA_BENCH_POSTGRES_URL}. */
  public static final String SERVER_URL =
      System.getenv()
          .getOrDefault(
              "STRATA_BENCH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

  private Postgres() {}

  /** A target whose connections use {@code schema} as their current schema. */
  private static Target schema(String schema) {
    String separator = SERVER_URL.contains("?") ? "&" : "?";
    return new Target(SERVER_URL + separator + "currentSchema=" + schema);
  }

  /** Whether the server answers; the PostgreSQL benchmarks are skipped, and said so, if not. */
  public static boolean available() {
    try (Connection connection = server().getConnection()) {
      return connection.isValid(5);
    } catch (SQLException e) {
      return false;
    }
  }

  public static String version() throws SQLException {
    try (Connection connection = server().getConnection()) {
      return connection.getMetaData().getDatabaseProductVersion();
    }
  }

  /** Creates {@code schema} with the base table in it and returns its target. */
  public static Target createSchema(String schema) throws SQLException {
    execute("CREATE SCHEMA " + schema);
    Target target = schema(schema);
    BaseTable.create(target);
    return target;
  }

  public static void dropSchema(String schema) throws SQLException {
    execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  private static void execute(String sql) throws SQLException {
    try (Connection connection = server().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static javax.sql.DataSource server() {
    return new Target(SERVER_URL).dataSource();
  }
}
