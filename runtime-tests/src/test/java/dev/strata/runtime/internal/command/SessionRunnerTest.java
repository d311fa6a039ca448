package dev.strata.runtime.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.DatabaseKind;
import java.lang.reflect.Proxy;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a run asks the driver before its first statement, and what its messages say about the
 * database it could not work with.
 */
class SessionRunnerTest {

  @Test
  void messagesShowTheDatabaseAddressWithoutCredentials() {
    assertEquals(
        "jdbc:postgresql://db:5432/app",
        SessionRunner.redacted("jdbc:postgresql://db:5432/app?user=x&password=secret"));
    assertEquals("jdbc:mysql://db/app", SessionRunner.redacted("jdbc:mysql://bob:secret@db/app"));
    assertEquals("jdbc:h2:mem:x", SessionRunner.redacted("jdbc:h2:mem:x;PASSWORD=secret"));
  }

  @Test
  void onlyAnH2DriverIsAskedForTheUrlAsWellAsTheProductName() throws SQLException {
    List<String> asked = new ArrayList<>();

    assertEquals(
        DatabaseKind.POSTGRESQL, SessionRunner.dialect(metaData("PostgreSQL", asked)).kind());
    assertEquals(DatabaseKind.MYSQL, SessionRunner.dialect(metaData("MariaDB", asked)).kind());
    assertEquals(List.of("getDatabaseProductName", "getDatabaseProductName"), asked);

    asked.clear();
    // the URL says in memory: no checkpoint after a commit
    assertEquals(null, SessionRunner.dialect(metaData("H2", asked)).makeDurable());
    assertEquals(List.of("getDatabaseProductName", "getURL"), asked);
  }

  /** A driver's metadata that answers for {@code product}, at an H2 URL in memory. */
  private static DatabaseMetaData metaData(String product, List<String> asked) {
    return (DatabaseMetaData)
        Proxy.newProxyInstance(
            SessionRunnerTest.class.getClassLoader(),
            new Class<?>[] {DatabaseMetaData.class},
            (proxy, method, args) -> {
              asked.add(method.getName());
              return method.getName().equals("getURL") ? "jdbc:h2:mem:app" : product;
            });
  }
}
