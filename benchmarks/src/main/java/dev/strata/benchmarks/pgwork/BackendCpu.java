package dev.strata.benchmarks.pgwork;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The CPU time that the PostgreSQL backend process serving one connection has used, read from the
 * kernel's {@code /proc/<pid>/schedstat}: the server's own work for that session, which neither the
 * client's time nor the time the backend waits for the processor or the disk inflate, as elapsed
 * time on a shared machine does. The server must run on this machine, visible to this process.
 */
final class BackendCpu {

  private final Path schedstat;

  private BackendCpu(Path schedstat) {
    this.schedstat = schedstat;
  }

  static BackendCpu of(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
      row.next();
      Path path = Path.of("/proc", Integer.toString(row.getInt(1)), "schedstat");
      if (!Files.isReadable(path)) {
        throw new IllegalStateException(
            path + " is not readable: run this on the PostgreSQL server's own machine");
      }
      return new BackendCpu(path);
    }
  }

  /** Nanoseconds on a CPU since the backend started (the first field of schedstat). */
  long nanos() {
    try {
      String line = Files.readString(schedstat).trim();
      return Long.parseLong(line.substring(0, line.indexOf(' ')));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + schedstat, e);
    }
  }
}
