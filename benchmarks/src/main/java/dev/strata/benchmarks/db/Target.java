package dev.strata.benchmarks.db;

import javax.sql.DataSource;

/**
 * A database that a measured run talks to, by JDBC URL: H2 in memory, an H2 file, a schema of the
 * local PostgreSQL server or a database of the local MariaDB server.
 */
public record Target(String url) {

  public boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  public boolean isMariaDb() {
    return url.startsWith("jdbc:mariadb:");
  }

  /** The driver's jar, by artifact name: each measured JVM gets only its database's driver. */
  public String driverArtifact() {
    return isPostgres() ? "postgresql" : isMariaDb() ? "mariadb-java-client" : "h2";
  }

  /**
   * The driver's own data source, as an application would configure it; created through its class
   * so that a JVM without the other drivers never needs them.
   */
  public DataSource dataSource() {
    if (isPostgres()) {
      return PostgresDataSources.of(url);
    }
    return isMariaDb() ? MariaDbDataSources.of(url) : H2DataSources.of(url);
  }
}
