package dev.strata.processor;

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
 * Views that read every column of another ({@code SELECT *}, {@code SELECT o.*}) while that one
 * gains a column in place: PostgreSQL and MariaDB expand the star when a view is created, so each
 * such reader is created again after it and returns the new column, as a fresh install at that
 * version does; and the downgrade gives it back its old columns. Upgrade, downgrade and upgrade
 * again, on every database. The same for readers of an entity's table that gains a column.
 */
class StarReaderScenarioTest {

  private static final List<String> VIEWS = List.of("Base", "All", "Big", "Ids");

  private static final List<Map<String, List<String>>> EXPECTED =
      List.of(
          Map.of(),
          Map.of(
              "base_orders", List.of("id,customer_id,amount", "1,1,50", "2,1,70", "3,2,30"),
              "all_orders", List.of("id,customer_id,amount", "1,1,50", "2,1,70", "3,2,30"),
              "big_orders", List.of("id,customer_id,amount", "1,1,50", "2,1,70"),
              "big_ids", List.of("id", "1", "2")),
          Map.of(
              "base_orders",
                  List.of("id,customer_id,amount,doubled", "1,1,50,100", "2,1,70,140", "3,2,30,60"),
              "all_orders",
                  List.of("id,customer_id,amount,doubled", "1,1,50,100", "2,1,70,140", "3,2,30,60"),
              "big_orders", List.of("id,customer_id,amount,doubled", "1,1,50,100", "2,1,70,140"),
              "big_ids", List.of("id", "1", "2")));

  private static final List<String> TABLE_VIEWS = List.of("Parcel", "All", "Heavy", "Weights");

  private static final List<Map<String, List<String>>> TABLE_EXPECTED =
      List.of(
          Map.of(),
          Map.of(
              "all_parcels", List.of("id,weight", "1,2", "2,1"),
              "heavy_parcels", List.of("id,weight", "1,2"),
              "parcel_weights", List.of("id,weight", "1,2", "2,1")),
          Map.of(
              "all_parcels", List.of("id,weight,label", "1,2,null", "2,1,null"),
              "heavy_parcels", List.of("id,weight,label", "1,2,null"),
              "parcel_weights", List.of("id,weight", "1,2", "2,1")));

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void starReadersFollowTheColumnsOfWhatTheyRead(DatabaseKind kind) throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes);
    for (int version = 1; version < EXPECTED.size(); version++) {
      history.compileVersion("starreaders", version, VIEWS);
    }
    int newest = EXPECTED.size() - 1;
    try (TestDatabase database = TestDatabases.open(kind);
        URLClassLoader loader = history.load()) {
      database.execute(
          "CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT, amount INT)",
          "INSERT INTO orders VALUES (1, 1, 50), (2, 1, 70), (3, 2, 30)");
      Strata strata = Strata.configure(database.dataSource()).classLoader(loader).load();

      strata.upgrade(1);
      assertViews(database, 1);
      strata.upgrade();
      assertViews(database, newest);
      strata.downgrade(1);
      assertViews(database, 1);
      strata.upgrade();
      assertViews(database, newest);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void starReadersFollowTheColumnsOfAnEntitysTable(DatabaseKind kind) throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, "-Astrata.tables=true");
    for (int version = 1; version < TABLE_EXPECTED.size(); version++) {
      history.compileVersion("startable", version, TABLE_VIEWS);
    }
    int newest = TABLE_EXPECTED.size() - 1;
    try (TestDatabase database = TestDatabases.open(kind);
        URLClassLoader loader = history.load()) {
      Strata strata = Strata.configure(database.dataSource()).classLoader(loader).load();
      strata.upgrade(1);
      database.execute("INSERT INTO parcels (id, weight) VALUES (1, 2), (2, 1)");
      ViewContents.assertAtVersion(database, TABLE_EXPECTED.get(1), 1);

      strata.upgrade();
      ViewContents.assertAtVersion(database, TABLE_EXPECTED.get(newest), newest);
      strata.downgrade(1);
      ViewContents.assertAtVersion(database, TABLE_EXPECTED.get(1), 1);
      strata.upgrade();
      ViewContents.assertAtVersion(database, TABLE_EXPECTED.get(newest), newest);
    }
  }

  private static void assertViews(TestDatabase database, int version) throws SQLException {
    ViewContents.assertAtVersion(database, EXPECTED.get(version), version);
  }
}
