package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
