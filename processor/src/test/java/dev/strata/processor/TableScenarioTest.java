package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Entities' tables migrated by generated code on every database: version 1 creates two tables and a
 * view entity over them, version 2 renames a column and adds one. The rows stored at version 1
 * survive the upgrade, the downgrade and the upgrade again.
 */
class TableScenarioTest {

  private static final List<String> CLASSES = List.of("Customer", "PurchaseOrder", "CustomerTotal");

  @TempDir Path snapshots;
  @TempDir Path firstClasses;
  @TempDir Path secondClasses;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void rowsSurviveEveryNonDestructiveStep(DatabaseKind kind) throws Exception {
    try (TestDatabase database = TestDatabases.open(kind);
        URLClassLoader first = compile(1, firstClasses)) {
      Strata.configure(database.dataSource()).classLoader(first).load().upgrade();
      database.execute(
          "INSERT INTO customers (name, email) VALUES ('Ada', 'ada@example.com')",
          "INSERT INTO orders (customer_id, amount) SELECT id, 42.50 FROM customers");
      assertEquals(
          List.of("id,name,total", "1,Ada,42.50"), database.query("SELECT * FROM customer_totals"));

      try (URLClassLoader second = compile(2, secondClasses)) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(second).load();
        strata.upgrade();
        assertEquals(
            List.of("name,email_address,city", "Ada,ada@example.com,null"),
            database.query("SELECT name, email_address, city FROM customers"));
        assertEquals(
            List.of("id,name,total", "1,Ada,42.50"),
            database.query("SELECT * FROM customer_totals"));

        strata.downgrade(1);
        assertEquals(
            List.of("name,email", "Ada,ada@example.com"),
            database.query("SELECT name, email FROM customers"));
        assertEquals(
            List.of("id,name,total", "1,Ada,42.50"),
            database.query("SELECT * FROM customer_totals"));

        strata.upgrade();
        assertEquals(
            List.of("name,email_address", "Ada,ada@example.com"),
            database.query("SELECT name, email_address FROM customers"));
        strata.downgrade(0);
        assertEquals(List.of(), database.viewNames());
      }
    }
  }

  private URLClassLoader compile(int version, Path classes) throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, "-Astrata.tables=true");
    history.compileVersion("tables", version, CLASSES);
    return history.load();
  }
}
