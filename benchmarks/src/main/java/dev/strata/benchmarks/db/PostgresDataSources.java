package dev.strata.benchmarks.db;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** PostgreSQL's data source; a class of its own so that only PostgreSQL runs load pgJDBC. */
final class PostgresDataSources {

  private PostgresDataSources() {}

  static DataSource of(String url) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    return dataSource;
  }
}
