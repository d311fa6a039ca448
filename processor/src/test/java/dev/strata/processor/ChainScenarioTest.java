package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A chain of three views, each reading the one below: the bottom changes its columns (the whole
 * chain is dropped and created again), the middle is renamed, the bottom gains a column in place.
 * Upgrade, downgrade to every earlier version and upgrade again, on every database.
 */
class ChainScenarioTest {

  private static final List<List<String>> SOURCES =
      List.of(
          List.of(),
          List.of("Base", "Mid", "Top"),
          List.of("Base", "Mid", "Top"),
          List.of("Base", "Mid", "Top"),
          List.of("Base", "Mid", "Top"));

  private static final List<Map<String, List<String>>> EXPECTED =
      List.of(
          Map.of(),
          Map.of(
              "base_orders", List.of("id,amount,customer_id", "1,50,1", "2,70,1", "3,30,2"),
              "mid_totals", List.of("customer_id,total", "1,120", "2,30"),
              "top_customers", List.of("customer_id", "1")),
          Map.of(
              "base_orders", List.of("id,customer_id,amount", "1,1,50", "2,1,70"),
              "mid_totals", List.of("customer_id,total", "1,120"),
              "top_customers", List.of("customer_id", "1")),
          Map.of(
              "base_orders", List.of("id,customer_id,amount", "1,1,50", "2,1,70"),
              "customer_totals", List.of("customer_id,total", "1,120"),
              "top_customers", List.of("customer_id", "1")),
          Map.of(
              "base_orders", List.of("id,customer_id,amount,doubled", "1,1,50,100", "2,1,70,140"),
              "customer_totals", List.of("customer_id,total", "1,120"),
              "top_customers", List.of("customer_id", "1")));

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void chainUpgradesDowngradesToEveryVersionAndUpgradesAgain(DatabaseKind kind) throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes);
    for (int version = 1; version < SOURCES.size(); version++) {
      history.compileVersion("scenario", version, SOURCES.get(version));
    }
    int newest = SOURCES.size() - 1;
    try (TestDatabase database = TestDatabases.open(kind);
        URLClassLoader loader = history.load()) {
      database.execute(
          "CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT, amount INT)",
          "INSERT INTO orders VALUES (1, 1, 50), (2, 1, 70), (3, 2, 30)");
      Strata strata = Strata.configure(database.dataSource()).classLoader(loader).load();

      assertEquals(newest, strata.upgrade().size());
      assertViews(database, newest);
      for (int target = newest - 1; target >= 0; target--) {
        strata.downgrade(target);
        assertViews(database, target);
      }
      assertEquals(newest, strata.upgrade().size());
      assertViews(database, newest);
    }
  }

  private static void assertViews(TestDatabase database, int version) throws SQLException {
    ViewContents.assertAtVersion(database, EXPECTED.get(version), version);
  }
}
