package dev.strata.benchmarks.db;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** H2's data source; a class of its own so that only H2 runs load H2. */
final class H2DataSources {

  private H2DataSources() {}

  static DataSource of(String url) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    dataSource.setUser("sa");
    dataSource.setPassword("");
    return dataSource;
  }
}
