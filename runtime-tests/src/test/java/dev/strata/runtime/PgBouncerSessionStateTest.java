package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import dev.strata.testing.PgBouncer;
import dev.strata.testing.PooledDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behind PgBouncer in transaction mode, the next client's transaction may run on the server
 * connection that Strata used: whatever Strata sets (the {@code search_path} of its view reads and
 * of the row that records them, the isolation of its transactions) must end with the transaction
 * that set it. Read on every server connection of the pool at once, before and after Strata's
 * commands, successful and failed.
 */
class PgBouncerSessionStateTest {

  // the pool's size in .ci/pgbouncer: as many transactions at once hold every server connection
  private static final int POOL = 4;

  private PooledDatabase database;
  private TestDatabase pooled;

  @BeforeEach
  void open() {
    database = PgBouncer.open();
    pooled = TestDatabase.postgres(database.pooled()).withUsersTable();
  }

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void noSettingOfStrataStaysOnAServerConnectionForTheNextClient() throws SQLException {
    Map<String, String> before = uniformState();
    Strata strata =
        Strata.configure(pooled.dataSource()).sources(FakeSource.of("main", migrations())).load();

    // checked after each command: a later one may set back what an earlier one left
    strata.upgrade("main", 1);
    assertEquals(before, uniformState(), "after an upgrade of views");
    strata.upgrade("main", 2);
    assertEquals(before, uniformState(), "after an upgrade of raw SQL");
    strata.validate();
    assertEquals(before, uniformState(), "after validate");
    strata.status();
    assertEquals(before, uniformState(), "after status");
    strata.downgrade("main", 1);
    assertEquals(before, uniformState(), "after downgrade");
    assertThrows(StrataException.class, strata::upgrade);
    assertEquals(before, uniformState(), "after a failed upgrade");
    assertEquals(List.of("main:1", "main:2"), pooled.history());
  }

  private static List<FakeMigration> migrations() {
    return List.of(
        FakeMigration.of(
            1,
            "Views",
            ops -> {
              ops.createView("a_view", "SELECT id FROM users");
              ops.createView("b_view", "SELECT id FROM a_view WHERE id > 1");
            },
            ops -> {
              ops.dropView("b_view");
              ops.dropView("a_view");
            }),
        FakeMigration.of(
            2,
            "Raw",
            ops -> ops.execute("CREATE VIEW c_view AS SELECT email FROM users"),
            ops -> ops.execute("DROP VIEW c_view")),
        FakeMigration.of(
            3,
            "Broken",
            ops -> {
              ops.createView("d_view", "SELECT id FROM users");
              ops.createView("e_view", "SELECT no_such_column FROM users");
            },
            ops -> {}));
  }

  /**
   * What a new transaction finds on each server connection of the pool, which must be the same on
   * all of them: its settings changed for the session, its isolation, its schema, prepared
   * statements and open cursors left by earlier clients.
   */
  private Map<String, String> uniformState() throws SQLException {
    List<Connection> clients = new ArrayList<>();
    try {
      Map<Integer, Map<String, String>> byServer = new TreeMap<>();
      for (int i = 0; i < POOL; i++) {
        Connection client = pooled.dataSource().getConnection();
        clients.add(client);
        // held open: the next client's transaction needs another server connection
        client.setAutoCommit(false);
        byServer.put(backend(client), state(client));
      }
      assertEquals(POOL, byServer.size(), byServer::toString);
      Map<String, String> first = byServer.values().iterator().next();
      for (Map<String, String> state : byServer.values()) {
        assertEquals(first, state, byServer::toString);
      }
      return first;
    } finally {
      for (Connection client : clients) {
        client.rollback();
        client.close();
      }
    }
  }

  private static int backend(Connection client) throws SQLException {
    try (Statement statement = client.createStatement();
        ResultSet result = statement.executeQuery("SELECT pg_backend_pid()")) {
      result.next();
      return result.getInt(1);
    }
  }

  private static Map<String, String> state(Connection client) throws SQLException {
    Map<String, String> state = new TreeMap<>();
    try (Statement statement = client.createStatement()) {
      try (ResultSet result =
          statement.executeQuery(
              "SELECT name, setting FROM pg_settings WHERE source = 'session'"
                  + " AND name NOT IN ('application_name', 'client_encoding', 'DateStyle',"
                  + " 'TimeZone', 'standard_conforming_strings', 'IntervalStyle')")) {
        while (result.next()) {
          state.put(result.getString(1), result.getString(2));
        }
      }
      try (ResultSet result =
          statement.executeQuery(
              "SELECT current_setting('search_path'), current_schema(),"
                  + " current_setting('transaction_isolation'),"
                  + " (SELECT count(*) FROM pg_prepared_statements),"
                  + " (SELECT count(*) FROM pg_cursors)")) {
        result.next();
        state.put("search_path", result.getString(1));
        state.put("current_schema", result.getString(2));
        state.put("transaction_isolation", result.getString(3));
        state.put("prepared statements", result.getString(4));
        state.put("cursors", result.getString(5));
      }
    }
    return state;
  }
}
