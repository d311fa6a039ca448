package dev.strata.spring;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** A DataSource that counts the connections it opens: what a caller costs the database. */
final class CountingDataSource extends DelegatingDataSource {

  private final AtomicInteger opened = new AtomicInteger();

  CountingDataSource(DataSource target) {
    super(target);
  }

  @Override
  public Connection getConnection() throws SQLException {
    opened.incrementAndGet();
    return super.getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    opened.incrementAndGet();
    return super.getConnection(username, password);
  }

  int opened() {
    return opened.get();
  }
}
