package dev.strata.runtime.internal.history;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.internal.dialect.Dialect;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The most that one MySQL or MariaDB statement may carry ({@code max_allowed_packet}), checked
 * before a history row is sent: the server answers a larger packet by dropping the connection,
 * which would read as a lost database, with the migration's DDL committed and its row left running,
 * rather than as the migration's own failure, which is undone. Asked only for a row of more than
 * {@link #ASKED_ABOVE} bytes, so an ordinary row costs no round trip.
 */
final class PacketLimit {

  // under any max_allowed_packet a server is likely to run with (the least default, old MySQL's,
  // is 1 MiB; MariaDB's is 16 MiB): a smaller row is sent unasked
  private static final int ASKED_ABOVE = 256 * 1024;

  // the statement's text and the row's other values, beside the texts counted
  private static final int REST_OF_THE_ROW = 4096;

  private PacketLimit() {}

  /**
   * Throws, naming the limit and what to do, where the row holding {@code texts} (its downgrade and
   * view records) is more than the server takes in one statement.
   */
  static void require(Connection connection, Dialect dialect, String... texts) throws SQLException {
    if (dialect.kind() != DatabaseKind.MYSQL) {
      return;
    }
    long most = 0;
    for (String text : texts) {
      // at most 3 bytes in UTF-8 per UTF-16 unit: no encoding for a row surely small enough
      most += text == null ? 0 : 3L * text.length();
    }
    if (most <= ASKED_ABOVE) {
      return;
    }
    long bytes = REST_OF_THE_ROW;
    for (String text : texts) {
      bytes += text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }
    long limit = maxAllowedPacket(connection);
    if (bytes > limit) {
      throw new SQLException(
          "The history row of this migration is about "
              + bytes
              + " bytes (its stored downgrade and the definitions of the views it wrote, kept"
              + " for drift detection), more than the server's max_allowed_packet of "
              + limit
              + " bytes, and the server would drop the connection. Raise max_allowed_packet"
              + " (SET GLOBAL max_allowed_packet = "
              + suggested(bytes)
              + ", and in the server's configuration), or split the migration into smaller ones.",
          // SQL's "program limit exceeded": the statement's failure, not a lost connection
          "54000");
    }
  }

  private static long maxAllowedPacket(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT @@max_allowed_packet")) {
      row.next();
      return row.getLong(1);
    }
  }

  // the next whole MiB, doubled: room for the next migrations' rows too
  private static long suggested(long bytes) {
    long mib = 1024L * 1024L;
    return 2 * ((bytes + mib - 1) / mib) * mib;
  }
}
