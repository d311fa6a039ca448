package dev.strata.runtime.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Sessions that run one query in a loop, each on a connection of its own, until closed: the readers
 * of an application while a migration changes what they read. Keeps the error of every query that
 * failed, as its vendor code and message, and opens a new connection after one.
 */
public final class QueryLoop implements AutoCloseable {

  private final AtomicBoolean done = new AtomicBoolean();
  private final AtomicLong queries = new AtomicLong();
  private final List<String> errors = new CopyOnWriteArrayList<>();
  private final List<Thread> readers = new ArrayList<>();

  private QueryLoop(DataSource dataSource, String sql, int sessions) {
    for (int i = 0; i < sessions; i++) {
      Thread reader = new Thread(() -> read(dataSource, sql), "reader-" + i);
      reader.start();
      readers.add(reader);
    }
  }

  public static QueryLoop start(DataSource dataSource, String sql, int sessions) {
    return new QueryLoop(dataSource, sql, sessions);
  }

  /** The errors so far, each as {@code code: message}. */
  public List<String> errors() {
    return List.copyOf(errors);
  }

  /** How many queries succeeded so far. */
  public long queries() {
    return queries.get();
  }

  @Override
  public void close() throws InterruptedException {
    done.set(true);
    for (Thread reader : readers) {
      reader.join();
    }
  }

  private void read(DataSource dataSource, String sql) {
    while (!done.get()) {
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        while (!done.get()) {
          try (ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
              result.getString(1);
            }
          }
          queries.incrementAndGet();
        }
      } catch (SQLException e) {
        errors.add(e.getErrorCode() + ": " + e.getMessage());
      }
    }
  }
}
