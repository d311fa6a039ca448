package dev.strata.test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The default database of a walk: a fresh H2 in memory, gone when the walk ends. */
final class H2Database implements AutoCloseable {

  private final JdbcDataSource dataSource = new JdbcDataSource();

  H2Database() {
    // kept open between connections until close(): the walk opens several
    dataSource.setURL("jdbc:h2:mem:strata-test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }
}
