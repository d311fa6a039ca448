package dev.strata.runtime.internal.lock;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.Strata;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.LockWaits;
import dev.strata.runtime.testing.TestDatabase;
import dev.strata.runtime.testing.UserViews;
import dev.strata.testing.DataSources;
import dev.strata.testing.ScratchMariaDb;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whom a migration that waited for a metadata lock on MySQL or MariaDB is told is in its way. Where
 * the server names the holders of metadata locks (the performance schema with its MDL instrument,
 * as MySQL 8 has by default, or MariaDB's METADATA_LOCK_INFO plugin), that is exactly the sessions
 * holding locks on the migrated database's tables and views, with what each holds; elsewhere the
 * sessions in a transaction or running a statement, among which the one in the way is. These run on
 * a MariaDB server of their own with the performance schema on, which the shared server has off and
 * a running server cannot turn on.
 */
class MySqlLockHoldersTest {

  private static final String MDL_INSTRUMENT =
      "UPDATE performance_schema.setup_instruments SET ENABLED = '%s'"
          + " WHERE NAME = 'wait/lock/metadata/sql/mdl'";

  private static ScratchMariaDb server;

  private TestDatabase database;
  private TestDatabase elsewhere;
  private Connection reader;
  private Connection bystander;

  @BeforeAll
  static void startServer() {
    server =
        ScratchMariaDb.start(
            "--performance-schema=ON",
            "--performance-schema-instrument=wait/lock/metadata/sql/mdl=ON");
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  /**
   * The migrated database with active_users applied, a reader holding a lock on that view in its
   * open transaction, and a bystander in an open transaction on another database's table.
   */
  @BeforeEach
  void open() throws SQLException {
    database = TestDatabase.mariaDb(server.open()).withUsersTable();
    Strata.configure(database.dataSource())
        .sources(FakeSource.of("main", List.of(UserViews.V1)))
        .load()
        .upgrade();
    elsewhere = TestDatabase.mariaDb(server.open());
    elsewhere.execute("CREATE TABLE orders (id INT)");
    reader = inOpenTransactionReading(database.dataSource(), "active_users");
    bystander = inOpenTransactionReading(elsewhere.dataSource(), "orders");
    awaitIdle(database.dataSource(), id(reader));
  }

  /**
   * Waits until the server shows {@code session} idle, its read done: for a moment after the client
   * has the rows the server may still show the statement running (seen once in CI).
   */
  private static void awaitIdle(DataSource dataSource, long session) throws SQLException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement command =
            connection.prepareStatement(
                "SELECT COMMAND FROM information_schema.PROCESSLIST WHERE ID = ?")) {
      command.setLong(1, session);
      while (System.nanoTime() < deadline) {
        try (ResultSet row = command.executeQuery()) {
          if (row.next() && row.getString(1).equals("Sleep")) {
            return;
          }
        }
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
      }
    }
    throw new IllegalStateException("Session " + session + " still busy after 10 s");
  }

  @AfterEach
  void close() throws SQLException {
    reader.close();
    bystander.close();
    database.close();
    elsewhere.close();
  }

  @Test
  void thePerformanceSchemaNamesTheSessionHoldingTheDatabasesViewWithWhatItHolds()
      throws SQLException {
    String holders = holdersSeenBy(database.dataSource());

    assertTrue(
        holders.startsWith(
            "Sessions holding metadata locks on this database's tables and views (end the one in"
                + " the way with KILL <connection>): connection "
                + id(reader)
                + " (user root@"),
        holders);
    assertTrue(holders.contains(", idle for "), holders);
    assertTrue(holders.contains(" s, holding active_users, users)."), holders);
    assertFalse(holders.contains("connection " + id(bystander)), holders);
  }

  @Test
  void aMigrationThatGaveUpWaitingFailsNamingTheSessionInItsWayExactly() throws Exception {
    String message = LockWaits.failureAfterLockTimeoutOf3s(database.dataSource());

    assertTrue(message.contains("until its lockTimeout of 3 s had passed"), message);
    assertTrue(message.contains("connection " + id(reader) + " (user root@"), message);
    assertTrue(message.contains("holding active_users, users)"), message);
    assertFalse(message.contains("connection " + id(bystander)), message);
  }

  @Test
  void withoutTheMetadataLockInstrumentTheSessionsInATransactionAreListed() throws SQLException {
    database.execute(MDL_INSTRUMENT.formatted("NO"));
    String holders;
    try {
      holders = holdersSeenBy(database.dataSource());
    } finally {
      database.execute(MDL_INSTRUMENT.formatted("YES"));
    }

    assertTrue(holders.startsWith("Sessions in a transaction or running a statement"), holders);
    assertTrue(holders.contains("connection " + id(reader)), holders);
    assertTrue(holders.contains("connection " + id(bystander)), holders);
  }

  @Test
  void mariaDbsMetadataLockInfoPluginNamesTheHoldersEvenToAnAccountWithoutPrivileges()
      throws SQLException {
    String account = account();
    database.execute(MDL_INSTRUMENT.formatted("NO"), "INSTALL SONAME 'metadata_lock_info'");
    String holders;
    String holdersToTheAccount;
    try {
      holders = holdersSeenBy(database.dataSource());
      holdersToTheAccount = holdersSeenBy(DataSources.of(withoutUser(), account, "secret"));
    } finally {
      database.execute(
          "UNINSTALL SONAME 'metadata_lock_info'",
          MDL_INSTRUMENT.formatted("YES"),
          "DROP USER '" + account + "'@'%'");
    }

    assertTrue(
        holders.contains("KILL <connection>): connection " + id(reader) + " (user root@"), holders);
    assertTrue(holders.contains(" s, holding active_users, users)."), holders);
    assertFalse(holders.contains("connection " + id(bystander)), holders);
    // PROCESSLIST shows it no other user's sessions, the plugin every holder
    assertTrue(
        holdersToTheAccount.endsWith(
            "connection " + id(reader) + " (another user's, holding active_users, users)."),
        holdersToTheAccount);
  }

  @Test
  void anAccountThatMayNotReadThePerformanceSchemaIsToldOfTheSessionsItMaySee()
      throws SQLException {
    String account = account();
    String holders;
    try {
      holders = holdersSeenBy(DataSources.of(withoutUser(), account, "secret"));
    } finally {
      database.execute("DROP USER '" + account + "'@'%'");
    }

    assertTrue(holders.startsWith("No other session is in a transaction"), holders);
    assertTrue(holders.contains("without the PROCESS privilege"), holders);
  }

  /** What a migration's session on {@code migrating} is told is in its way. */
  private static String holdersSeenBy(DataSource migrating) throws SQLException {
    try (Connection connection = migrating.getConnection()) {
      return MySqlLockHolders.INSTANCE.describe(connection);
    }
  }

  /** An account with every privilege on the migrated database and none beyond. */
  private String account() {
    String account = "strata_mig_" + UUID.randomUUID().toString().substring(0, 8);
    database.execute(
        "CREATE USER '" + account + "'@'%' IDENTIFIED BY 'secret'",
        "GRANT ALL PRIVILEGES ON `"
            + database.rows("SELECT DATABASE()").get(0)
            + "`.* TO '"
            + account
            + "'@'%'");
    return account;
  }

  private String withoutUser() {
    return database.url().replaceFirst("\\?.*$", "");
  }

  private static Connection inOpenTransactionReading(DataSource dataSource, String table)
      throws SQLException {
    Connection connection = dataSource.getConnection();
    LockWaits.readInOpenTransaction(connection, table);
    return connection;
  }

  private static long id(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT CONNECTION_ID()")) {
      row.next();
      return row.getLong(1);
    }
  }
}
