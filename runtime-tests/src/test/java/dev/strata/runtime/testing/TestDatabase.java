package dev.strata.runtime.testing;

import dev.strata.runtime.DatabaseKind;
import dev.strata.testing.DataSources;
import dev.strata.testing.GaleraCluster;
import dev.strata.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * One test's own database from the shared {@code strata-testing} module (an H2 in-memory database,
 * a PostgreSQL schema or a MariaDB database), with the queries the runtime's tests make against it:
 * rows, views, history; {@link #close()} drops it.
 */
public final class TestDatabase implements AutoCloseable {

  private final DatabaseKind kind;
  private final dev.strata.testing.TestDatabase database;

  private TestDatabase(DatabaseKind kind, dev.strata.testing.TestDatabase database) {
    this.kind = kind;
    this.database = database;
  }

  /** A fresh database of {@code kind}; the test is skipped if its server does not answer. */
  public static TestDatabase create(DatabaseKind kind) {
    dev.strata.testing.DatabaseKind shared =
        switch (kind) {
          case H2 -> dev.strata.testing.DatabaseKind.H2;
          case POSTGRESQL -> dev.strata.testing.DatabaseKind.POSTGRESQL;
          case MYSQL -> dev.strata.testing.DatabaseKind.MARIADB;
          case GENERIC -> throw new IllegalArgumentException("No test database for " + kind);
        };
    return new TestDatabase(kind, TestDatabases.open(shared));
  }

  /** A PostgreSQL database that the shared module opened some other way, such as via PgBouncer. */
  public static TestDatabase postgres(dev.strata.testing.TestDatabase database) {
    return new TestDatabase(DatabaseKind.POSTGRESQL, database);
  }

  /** A MariaDB database that the shared module opened some other way, such as on its own server. */
  public static TestDatabase mariaDb(dev.strata.testing.TestDatabase database) {
    return new TestDatabase(DatabaseKind.MYSQL, database);
  }

  /** A fresh H2 in-memory database. */
  public static TestDatabase create() {
    return create(DatabaseKind.H2);
  }

  /**
   * A fresh H2 in-memory database served over TCP by an H2 server in this JVM, so that other
   * processes reach it at {@link #url()}; the server stops on close.
   */
  public static TestDatabase h2Server() {
    return new TestDatabase(DatabaseKind.H2, TestDatabases.openH2Server());
  }

  /** A fresh H2 database in a file of folder {@code folder}, for what needs one reopened. */
  public static TestDatabase h2File(Path folder) {
    return new TestDatabase(DatabaseKind.H2, TestDatabases.openH2File(folder));
  }

  /** A fresh database on the local Galera cluster, reached through its node 1. */
  public static TestDatabase galera() {
    return new TestDatabase(DatabaseKind.MYSQL, GaleraCluster.open());
  }

  /** The URL that reaches this Galera database through node {@code node} (1 to 3). */
  public String urlOnNode(int node) {
    return GaleraCluster.onNode(url(), node);
  }

  public DataSource dataSourceOnNode(int node) {
    return GaleraCluster.dataSource(urlOnNode(node));
  }

  /**
   * Connections to this Galera database through a round-robin load balancer: each goes to the next
   * node (see {@link GaleraCluster#throughProxy}).
   */
  public DataSource dataSourceThroughProxy() {
    return GaleraCluster.dataSource(GaleraCluster.throughProxy(url()));
  }

  /** A fresh H2 database with the {@code users} table that the fixture views read. */
  public static TestDatabase withUsers() {
    return create().withUsersTable();
  }

  /** Creates the {@code users} table that the fixture views read, with three users. */
  public TestDatabase withUsersTable() {
    execute(
        "CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(100), active BOOLEAN,"
            + " country VARCHAR(2))",
        "INSERT INTO users VALUES (1, 'ann@example.com', TRUE, 'FR'),"
            + " (2, 'bob@example.com', FALSE, 'DE'), (3, 'cyd@example.com', TRUE, 'DE')");
    return this;
  }

  /**
   * Creates tables {@code customers}, with a unique index on its email and one customer, and {@code
   * orders}, with a foreign key to it: a table of each kind of part the catalog reads back.
   */
  public TestDatabase withCustomersAndOrders() {
    execute(
        "CREATE TABLE customers (id BIGINT PRIMARY KEY, email VARCHAR(100))",
        "CREATE UNIQUE INDEX customers_email_key ON customers (email)",
        "CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT, placed_at DATE)",
        "ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey"
            + " FOREIGN KEY (customer_id) REFERENCES customers (id)",
        "INSERT INTO customers VALUES (1, 'ann@example.com')");
    return this;
  }

  public DatabaseKind kind() {
    return kind;
  }

  public DataSource dataSource() {
    return database.dataSource();
  }

  /**
   * Connections to this database that may not write, by the setting a DBA would use: PostgreSQL's
   * {@code default_transaction_read_only} (also what a hot standby reports), a read-only
   * transaction on MariaDB (the server's {@code read_only} would bind every test of the server),
   * and H2's {@code ACCESS_MODE_DATA=r}, which needs a file database not open elsewhere.
   */
  public DataSource readOnlyDataSource() {
    String setting =
        switch (kind) {
          case POSTGRESQL -> "&options=-c%20default_transaction_read_only%3Don";
          case MYSQL -> "&sessionVariables=tx_read_only=1";
          case H2 -> ";ACCESS_MODE_DATA=r";
          case GENERIC -> throw new IllegalArgumentException("No read-only setting for " + kind);
        };
    return DataSources.of(url() + setting);
  }

  /** The JDBC URL that reaches this database, credentials included, for other processes. */
  public String url() {
    return database.url();
  }

  /** Runs statements, each on its own; a failure is an {@link IllegalStateException}. */
  public void execute(String... statements) {
    try {
      database.execute(statements);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Each row of the query's result, its columns joined by {@code |}. */
  public List<String> rows(String sql) {
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      List<String> rows = new ArrayList<>();
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(i > 1 ? "|" : "").append(result.getString(i));
        }
        rows.add(row.toString());
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The views of the test's schema, by name as the database stores it. */
  public List<String> views() {
    return rows(
        "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_SCHEMA = "
            + currentSchema()
            + " ORDER BY TABLE_NAME");
  }

  /** The views of the test's schema, lower-cased, so that tests read alike on every database. */
  public List<String> viewNames() {
    return views().stream().map(v -> v.toLowerCase(Locale.ROOT)).sorted().toList();
  }

  /** The lower-case names of a table's indexes, sorted: {@link dev.strata.testing.TestDatabase}. */
  public List<String> indexNames(String table) {
    try {
      return database.indexNames(table);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An index's columns and their orders: {@link dev.strata.testing.TestDatabase}. */
  public List<String> indexColumns(String table, String index) {
    try {
      return database.indexColumns(table, index);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The migration rows of the default history table as {@code set:version}, in order. */
  public List<String> history() {
    return history("strata_schema_history");
  }

  public List<String> history(String table) {
    return rows(
        "SELECT CONCAT(migration_set, ':', version) FROM "
            + table
            + " WHERE version > 0 ORDER BY migration_set, version");
  }

  /** Whether the test's schema has a table (or view) named exactly {@code name}. */
  public boolean tableExists(String name) {
    return !rows("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = '"
            + name
            + "' AND TABLE_SCHEMA = "
            + currentSchema())
        .isEmpty();
  }

  private String currentSchema() {
    return switch (kind) {
      case POSTGRESQL -> "current_schema()";
      case MYSQL -> "DATABASE()";
      default -> "CURRENT_SCHEMA";
    };
  }

  @Override
  public void close() {
    database.close();
  }
}
