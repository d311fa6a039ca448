package dev.strata.test;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A database's connections with auto-commit off, as a pool configured so hands them out (HikariCP's
 * {@code autoCommit=false}, Spring Boot's {@code spring.datasource.hikari.auto-commit=false}).
 */
final class ManualCommitDataSource implements DataSource {

  private final DataSource database;

  ManualCommitDataSource(DataSource database) {
    this.database = database;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return manual(database.getConnection());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return manual(database.getConnection(user, password));
  }

  private static Connection manual(Connection connection) throws SQLException {
    connection.setAutoCommit(false);
    return connection;
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return database.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    database.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    database.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return database.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return database.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return database.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return database.isWrapperFor(type);
  }
}
