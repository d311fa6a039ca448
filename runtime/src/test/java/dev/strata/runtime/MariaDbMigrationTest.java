package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
