package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A view whose optimizer hint alone changes, from {@code good/hint}: the change is a version of its
 * own, since MySQL 8 and MariaDB 12.2 keep the hint in the view and plan by it, and every database
 * takes both versions, up and down, with the view's rows unchanged (H2, PostgreSQL and MariaDB
 * 10.11 read the hint as a comment).
 */
class HintScenarioTest {

  private static final String ROWS = "SELECT id, name FROM cheap_items ORDER BY id";

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aChangedHintIsAVersionEveryDatabaseApplies(DatabaseKind kind) throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes);
    history.compileVersion("good/hint", 1, List.of("CheapItem"));
    // compileVersion checks that the build records version 2
    history.compileVersion("good/hint", 2, List.of("CheapItem"));
    try (TestDatabase database = TestDatabases.open(kind);
        URLClassLoader loader = history.load()) {
      database.execute(
          "CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(20), price INT)",
          "CREATE INDEX items_price_idx ON items (price)",
          "INSERT INTO items VALUES (1, 'pen', 2), (2, 'lamp', 40), (3, 'cup', 5)");
      Strata strata = Strata.configure(database.dataSource()).classLoader(loader).load();

      List<MigrationInfo> applied = strata.upgrade();
      assertEquals(List.of(1, 2), applied.stream().map(MigrationInfo::version).toList());
      assertEquals(List.of("id,name", "1,pen", "3,cup"), database.query(ROWS));
      strata.downgrade(1);
      assertEquals(List.of("id,name", "1,pen", "3,cup"), database.query(ROWS));
    }
  }
}
