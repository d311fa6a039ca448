package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The data source of the command line and the Maven plugin, on H2's and MariaDB's real drivers. */
class DriverDataSourceTest {

  private final ClassLoader loader = getClass().getClassLoader();

  @Test
  void opensAConnectionWithTheDriverOfTheClassLoaderThatAcceptsTheUrl() throws SQLException {
    DriverDataSource dataSource = DriverDataSource.of("jdbc:h2:mem:dds", "sa", "", loader);

    try (Connection connection = dataSource.getConnection()) {
      assertEquals("H2", connection.getMetaData().getDatabaseProductName());
    }
  }

  @Test
  void aUrlNoDriverAcceptsIsACannotConnectExceptionWithoutTheParameters() throws SQLException {
    DriverDataSource dataSource =
        DriverDataSource.of("jdbc:nosuchdb://host/db?password=secret", null, null, loader);

    assertTrue(dataSource.driver().isEmpty());
    SQLException failure = assertThrows(SQLException.class, dataSource::getConnection);
    assertTrue(failure instanceof DriverDataSource.CannotConnectException, failure::toString);
    assertEquals("No JDBC driver accepts the URL jdbc:nosuchdb://host/db", failure.getMessage());
  }

  @Test
  void aWrongPasswordIsACannotConnectExceptionWithTheDatabasesMessage() throws SQLException {
    String url = "jdbc:h2:mem:dds_login;DB_CLOSE_DELAY=-1";
    try (Connection owner = DriverDataSource.of(url, "sa", "right", loader).getConnection()) {
      SQLException failure =
          assertThrows(
              DriverDataSource.CannotConnectException.class,
              () -> DriverDataSource.of(url, "sa", "wrong", loader).getConnection());

      assertTrue(failure.getMessage().contains("Wrong user name or password"), failure::toString);
      owner.createStatement().execute("SHUTDOWN");
    }
  }

  @Test
  void aDriverMessageThatQuotesThePasswordShowsItMasked() {
    // MariaDB's driver reads no login before the host, and quotes it as the port it expected
    String url = "jdbc:mariadb://app:s3cret@127.0.0.1:3306/shop?password=other";

    SQLException failure =
        assertThrows(
            DriverDataSource.CannotConnectException.class,
            () -> DriverDataSource.of(url, null, null, loader).getConnection());

    assertTrue(failure.getMessage().contains("***@127.0.0.1"), failure::toString);
    assertFalse(failure.getMessage().contains("s3cret"), failure::toString);
  }

  /**
   * Maven prints the message of every cause of a failed goal that the ones before do not contain,
   * and a log prints the stack trace with its causes: the driver's own exception, kept as the
   * cause, must not show the password either.
   */
  @Test
  void noCauseOfTheFailureShowsThePassword() {
    String url = "jdbc:mariadb://app:s3cret@127.0.0.1:3306/shop";

    SQLException failure =
        assertThrows(
            DriverDataSource.CannotConnectException.class,
            () -> DriverDataSource.of(url, null, null, loader).getConnection());

    assertTrue(failure.getCause() instanceof SQLException, failure::toString);
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      assertFalse(String.valueOf(cause.getMessage()).contains("s3cret"), cause::toString);
    }
  }

  @Test
  void redactionDropsTheLoginAndTheParameters() {
    assertEquals(
        "jdbc:postgresql://db:5432/shop",
        DriverDataSource.redacted("jdbc:postgresql://app:secret@db:5432/shop?password=x"));
    assertEquals("jdbc:h2:mem:x", DriverDataSource.redacted("jdbc:h2:mem:x;PASSWORD=y"));
  }
}
