package dev.strata.benchmarks.db;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/** MariaDB's data source; a class of its own so that only MariaDB runs load its driver. */
final class MariaDbDataSources {

  private MariaDbDataSources() {}

  static DataSource of(String url) {
    try {
      return new MariaDbDataSource(url);
    } catch (SQLException e) {
      throw new IllegalArgumentException("Not a MariaDB URL: " + url, e);
    }
  }
}
