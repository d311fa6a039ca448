package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles four successive versions of a set of view classes against one snapshot folder, then runs
 * the generated migrations on H2: upgrade, downgrade to each earlier version, upgrade again,
 * checking every view's columns and rows at each step.
 */
class EvolutionTest {

  private static final Map<String, List<String>> VERSION_SOURCES =
      Map.of(
          "v1", List.of("ActiveUser", "ActiveUserEmail", "OrderTotal"),
          "v2", List.of("ActiveUser", "ActiveUserEmail", "BigSpender", "OrderTotal"),
          "v3", List.of("ActiveUser", "ActiveUserEmail", "BigSpender"),
          "v4", List.of("ActiveUser", "ActiveUserEmail", "InactiveUser"));

  /** Per version: every view, as its column names followed by its rows, each a line. */
  private static final List<Map<String, List<String>>> EXPECTED =
      List.of(
          Map.of(),
          Map.of(
              "active_users", List.of("id,email", "1,ada@example.com", "3,cy@example.com"),
              "active_user_emails", List.of("email", "ada@example.com", "cy@example.com"),
              "order_totals", List.of("user_id,total", "1,105.00", "3,20.00")),
          Map.of(
              "active_users",
                  List.of("id,email,name", "1,ada@example.com,Ada", "3,cy@example.com,Cy"),
              "active_user_emails", List.of("email", "ada@example.com", "cy@example.com"),
              "order_totals", List.of("user_id,total", "1,105.00", "3,20.00"),
              "big_spenders", List.of("user_id", "1")),
          Map.of(
              "active_users",
                  List.of("id,email,name", "1,ada@example.com,Ada", "3,cy@example.com,Cy"),
              "active_user_emails", List.of("email", "ada@example.com", "cy@example.com"),
              "big_spenders", List.of("user_id,total", "1,105.00")),
          Map.of(
              "active_users",
                  List.of("id,email,name", "1,ada@example.com,Ada", "3,cy@example.com,Cy"),
              "active_user_emails", List.of("email", "ada@example.com", "cy@example.com"),
              "inactive_users", List.of("id,name", "2,Bob")));

  @TempDir Path snapshots;
  @TempDir Path classes;

  @Test
  void generatedMigrationsUpgradeDowngradeToEveryVersionAndUpgradeAgain() throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes);
    for (int version = 1; version <= 4; version++) {
      history.compileVersion("evolution", version, VERSION_SOURCES.get("v" + version));
    }
    try (TestDatabase database = TestDatabases.open(DatabaseKind.H2);
        URLClassLoader loader = history.load()) {
      createTables(database);
      Strata strata = Strata.configure(database.dataSource()).classLoader(loader).load();

      assertEquals(4, strata.upgrade().size());
      assertViews(database, 4);
      for (int target = 3; target >= 0; target--) {
        strata.downgrade(target);
        assertViews(database, target);
      }
      List<MigrationInfo> reapplied = strata.upgrade();
      assertEquals(List.of(1, 2, 3, 4), reapplied.stream().map(MigrationInfo::version).toList());
      assertViews(database, 4);
      assertTrue(strata.upgrade().isEmpty(), "a second upgrade applies nothing");
    }
  }

  private static void createTables(TestDatabase database) throws SQLException {
    database.execute(
        "CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(100), name VARCHAR(100),"
            + " active BOOLEAN)",
        "CREATE TABLE orders (id INT PRIMARY KEY, user_id INT, total DECIMAL(10, 2))",
        "INSERT INTO users VALUES (1, 'ada@example.com', 'Ada', TRUE),"
            + " (2, 'bob@example.com', 'Bob', FALSE), (3, 'cy@example.com', 'Cy', TRUE)",
        "INSERT INTO orders VALUES (1, 1, 10.00), (2, 1, 95.00), (3, 3, 20.00)");
  }

  private static void assertViews(TestDatabase database, int version) throws SQLException {
    ViewContents.assertAtVersion(database, EXPECTED.get(version), version);
  }
}
