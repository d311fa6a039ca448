package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A materialized view with a query per database, generated from {@code good/matview-variants}: each
 * database fills it from its own query (PostgreSQL's joins tags with {@code ;} from version 2, the
 * others with {@code ,}); version 3 adds an index alone, which keeps the rows it had (no refresh,
 * no rebuild) and survives a refresh; each downgrade does the reverse, also from the history stored
 * when a newer build applied it, run by the older build that lacks the migration.
 */
class MaterializedViewVariantScenarioTest {

  private static final String SOURCES = "good/matview-variants";
  private static final String ROWS = "SELECT customer, orders, tags FROM customer_tags ORDER BY 1";
  private static final String ORDERS_INDEX = "customer_tags_orders_idx";

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path olderSnapshots;
  @TempDir Path olderClasses;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void eachDatabaseRunsItsQueryAndAnIndexAloneKeepsTheRowsBothWays(DatabaseKind kind)
      throws Exception {
    CompiledHistory history = compiled(snapshots, classes, 3);
    try (TestDatabase database = TestDatabases.open(kind);
        URLClassLoader loader = history.load()) {
      database.execute(
          "CREATE TABLE orders (id INT PRIMARY KEY, customer VARCHAR(20), tag VARCHAR(20))",
          "INSERT INTO orders VALUES (1, 'ann', 'b'), (2, 'ann', 'a'), (3, 'bob', 'c')");
      Strata strata = Strata.configure(database.dataSource()).classLoader(loader).load();
      String separator = kind == DatabaseKind.POSTGRESQL ? ";" : ",";

      strata.upgrade(1);
      assertEquals(rows("ann,2,a,b", "bob,1,c"), database.query(ROWS));
      strata.upgrade(2);
      assertEquals(rows("ann,2,a" + separator + "b", "bob,1,c"), database.query(ROWS));

      database.execute("INSERT INTO orders VALUES (4, 'cy', 'd')");
      strata.upgrade(3);
      // the view was not built again: cy's order is not in it until a refresh
      assertEquals(rows("ann,2,a" + separator + "b", "bob,1,c"), database.query(ROWS));
      assertEquals(List.of("customer_tags_customer_key", ORDERS_INDEX), indexes(database));
      strata.refresh("customer_tags");
      List<String> refreshed = rows("ann,2,a" + separator + "b", "bob,1,c", "cy,1,d");
      assertEquals(refreshed, database.query(ROWS));
      assertEquals(List.of("customer_tags_customer_key", ORDERS_INDEX), indexes(database));

      strata.downgrade(2);
      assertEquals(refreshed, database.query(ROWS));
      assertEquals(List.of("customer_tags_customer_key"), indexes(database));
      strata.downgrade(1);
      assertEquals(rows("ann,2,a,b", "bob,1,c", "cy,1,d"), database.query(ROWS));
      strata.downgrade(0);
      assertEquals(List.of(), indexes(database));
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void theOlderBuildRevertsTheIndexAndTheDialectChangeFromTheHistory(DatabaseKind kind)
      throws Exception {
    CompiledHistory newer = compiled(snapshots, classes, 3);
    CompiledHistory older = compiled(olderSnapshots, olderClasses, 1);
    try (TestDatabase database = TestDatabases.open(kind);
        URLClassLoader newerLoader = newer.load();
        URLClassLoader olderLoader = older.load()) {
      database.execute(
          "CREATE TABLE orders (id INT PRIMARY KEY, customer VARCHAR(20), tag VARCHAR(20))",
          "INSERT INTO orders VALUES (1, 'ann', 'b'), (2, 'ann', 'a')");
      Strata.configure(database.dataSource()).classLoader(newerLoader).load().upgrade();
      database.execute("INSERT INTO orders VALUES (3, 'bob', 'c')");

      Strata strata = Strata.configure(database.dataSource()).classLoader(olderLoader).load();
      assertEquals(2, strata.downgrade(1).size());

      // version 1's query on every database, filled again when created
      assertEquals(rows("ann,2,a,b", "bob,1,c"), database.query(ROWS));
      assertEquals(List.of("customer_tags_customer_key"), indexes(database));
      assertEquals(List.of(), strata.upgrade());
    }
  }

  /** The first {@code versions} builds of the sources, each against the same snapshots. */
  private static CompiledHistory compiled(Path snapshots, Path classes, int versions)
      throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes);
    for (int version = 1; version <= versions; version++) {
      history.compileVersion(SOURCES, version, List.of("CustomerTags"));
    }
    return history;
  }

  private static List<String> rows(String... rows) {
    List<String> lines = new ArrayList<>(List.of("customer,orders,tags"));
    lines.addAll(List.of(rows));
    return lines;
  }

  /** The lower-case names of the view's indexes (of the table standing in for it), sorted. */
  private static List<String> indexes(TestDatabase database) throws SQLException {
    return database.indexNames("customer_tags");
  }
}
