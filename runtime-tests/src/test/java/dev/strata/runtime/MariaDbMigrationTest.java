package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.UserViews;
import dev.strata.testing.DataSources;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The shared scenarios on MariaDB, whose DDL commits at once, and what is its own. */
class MariaDbMigrationTest extends MigrationScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.MYSQL;
  }

  @Test
  void aUrlThatNamesNoDatabaseIsToldSoNotTakenForALostConnection() {
    String schema = database.rows("SELECT DATABASE()").get(0);
    String url = database.url().replace("/" + schema, "/");
    Strata strata = Strata.configure(DataSources.of(url)).sources(UserViews.source()).load();

    for (Runnable run : List.<Runnable>of(strata::status, strata::upgrade)) {
      String message = assertThrows(StrataException.class, run::run).getMessage();

      assertTrue(message.startsWith("The session has no schema to work in"), message);
      assertTrue(message.contains("jdbc:mariadb://db:3306/shop"), message);
    }
  }

  /**
   * MariaDB's driver raises an error whose SQL state it does not map (44000, a view's check option;
   * 45000, SIGNAL; 3D000, no database) as a SQLTransientConnectionException: such a failure is a
   * statement's, undone like any other, not a lost connection.
   */
  @Test
  void aStatementRefusedWithAnUnmappedSqlStateIsUndoneNotTakenForALostConnection() {
    String message =
        failVersion2(
            ops -> {
              ops.createView("inactive_users", "SELECT id FROM users WHERE active = FALSE");
              ops.execute("SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by a step'");
            });

    assertTrue(message.contains("refused by a step"), message);
    assertFalse(message.contains("connection to the database was lost"), message);
    assertEquals(List.of("active_users"), database.viewNames());
    assertEquals(List.of("main:1"), database.history());
  }

  @Test
  void aUserWhoMayNotCreateTablesIsToldSoBeforeAnythingRuns() {
    String user = "strata_it_" + UUID.randomUUID().toString().substring(0, 8);
    String schema = database.rows("SELECT DATABASE()").get(0);
    // the host the server sees for connections from this machine
    String host = "'" + user + "'@'127.0.0.1'";
    database.execute("CREATE USER " + host, "GRANT SELECT ON " + schema + ".* TO " + host);
    try {
      String url = database.url().replace("user=root", "user=" + user);
      Strata strata = Strata.configure(DataSources.of(url)).sources(UserViews.source()).load();

      String message = assertThrows(StrataException.class, strata::upgrade).getMessage();

      assertTrue(message.startsWith("The database user " + user + " may not create"), message);
      assertTrue(message.contains("CREATE command denied"), message);
      assertEquals(List.of(), database.viewNames());
    } finally {
      database.execute("DROP USER " + host);
    }
  }

  /**
   * A history row larger than the server's max_allowed_packet (the definitions of views whose
   * queries hold a long text) is refused before it is sent, in any sql_mode, as the migration's
   * failure, undone, naming the limit and what to do: the server drops the connection of a larger
   * packet, which read as a lost database, with the views left and the row marked running.
   */
  @Test
  void aHistoryRowLargerThanMaxAllowedPacketFailsTheMigrationSayingSoAndIsUndone() {
    long packet = Long.parseLong(database.rows("SELECT @@max_allowed_packet").get(0));
    String text = "x".repeat(900_000);
    int views = (int) (packet / text.length()) + 2;
    FakeMigration large =
        FakeMigration.of(
            2,
            "Create views of a long text",
            ops -> {
              for (int i = 0; i < views; i++) {
                ops.createView("long_" + i, "SELECT id, '" + text + "' AS note FROM users");
              }
            },
            ops -> {
              for (int i = 0; i < views; i++) {
                ops.dropView("long_" + i);
              }
            });
    for (String sqlMode : List.of("STRICT_TRANS_TABLES", "")) {
      String url = database.url() + "&sessionVariables=sql_mode='" + sqlMode + "'";
      Strata strata =
          Strata.configure(DataSources.of(url))
              .sources(FakeSource.of("main", List.of(UserViews.V1, large)))
              .load();

      String message = assertThrows(StrataException.class, strata::upgrade).getMessage();

      assertTrue(message.contains("more than the server's max_allowed_packet of "), message);
      assertTrue(message.contains("SET GLOBAL max_allowed_packet = "), message);
      assertFalse(message.contains("connection to the database was lost"), message);
      assertEquals(List.of("active_users"), database.viewNames());
      assertEquals(List.of("main:1"), database.history());
    }
  }
}
