package dev.strata.benchmarks.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A local database server that the benchmarks run on, each run in schemas (PostgreSQL) or databases
 * (MariaDB) of its own, created and dropped here, so that nothing else on the server is touched. A
 * server that does not answer is skipped, and the results say so.
 */
public enum Server {
  POSTGRESQL(
      "PostgreSQL",
      "STRATA_BENCH_POSTGRES_URL",
      "jdbc:postgresql://127.0.0.1:5432/test?user=postgres",
      "jdbc:postgresql:",
      "SCHEMA",
      " CASCADE"),
  MARIADB(
      "MariaDB",
      "STRATA_BENCH_MARIADB_URL",
      "jdbc:mariadb://127.0.0.1:3306/test?user=root",
      "jdbc:mariadb:",
      "DATABASE",
      "");

  private final String label;
  private final String url;
  private final String urlPrefix;
  private final String container;
  private final String dropOption;

  Server(
      String label,
      String variable,
      String defaultUrl,
      String urlPrefix,
      String container,
      String dropOption) {
    this.label = label;
    this.url = System.getenv().getOrDefault(variable, defaultUrl);
    this.urlPrefix = urlPrefix;
    this.container = container;
    this.dropOption = dropOption;
  }

  /** How the results name it; also the label its measurements are recorded under. */
  public String label() {
    return label;
  }

  /** The URL the server is reached at, for messages. */
  public String url() {
    return url;
  }

  /** The servers that answer, in a fixed order. */
  public static List<Server> available() {
    List<Server> servers = new ArrayList<>();
    for (Server server : values()) {
      if (server.answers()) {
        servers.add(server);
      }
    }
    return servers;
  }

  /** The server that {@code target} is on; empty for H2. */
  public static Optional<Server> of(Target target) {
    for (Server server : values()) {
      if (target.url().startsWith(server.urlPrefix)) {
        return Optional.of(server);
      }
    }
    return Optional.empty();
  }

  public boolean answers() {
    try (Connection connection = new Target(url).dataSource().getConnection()) {
      return connection.isValid(5);
    } catch (SQLException e) {
      return false;
    }
  }

  public String version() throws SQLException {
    try (Connection connection = new Target(url).dataSource().getConnection()) {
      return connection.getMetaData().getDatabaseProductVersion();
    }
  }

  /** The server itself, for a run that creates its own schemas, such as applying. */
  public Target target() {
    return new Target(url);
  }

  /** Creates schema (or database) {@code name} with the base table in it; returns its target. */
  public Target create(String name) throws SQLException {
    execute("CREATE " + container + " " + name);
    Target target = in(name);
    BaseTable.create(target);
    return target;
  }

  public void drop(String name) throws SQLException {
    execute("DROP " + container + " IF EXISTS " + name + dropOption);
  }

  /** A target whose connections work in schema (or database) {@code name}. */
  private Target in(String name) {
    if (this == POSTGRESQL) {
      return new Target(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name);
    }
    // MariaDB: the database is the URL's path
    int hostStart = url.indexOf("//") + 2;
    int path = url.indexOf('/', hostStart);
    int query = url.indexOf('?');
    String base = path < 0 ? (query < 0 ? url : url.substring(0, query)) : url.substring(0, path);
    return new Target(base + "/" + name + (query < 0 ? "" : url.substring(query)));
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = new Target(url).dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
