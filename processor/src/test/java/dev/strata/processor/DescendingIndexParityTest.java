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
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @Index} columns in descending order ({@code columnList = "happened DESC, name"}) are
 * created descending, as Hibernate 7 creates them, in an entity's table and a collection table, in
 * plain and unique indexes; an order changed between versions recreates the index, the rows kept.
 */
class DescendingIndexParityTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/descendingindexes",
          "org.example.descendingindexes",
          List.of(),
          List.of("RecentEvent"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void descendingColumnsAreCreatedDescendingAsInHibernate(DatabaseKind kind, boolean springNaming)
      throws Exception {
    ParityModel model = MODEL.withNaming(springNaming);
    try (TestDatabase strata = TestDatabases.open(kind)) {
      model.migrate(1, snapshots, classes, strata);

      assertEquals(
          List.of("happened D", "name A"),
          strata.indexColumns(model.name("RecentEvent"), "recent_first"));
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void anOrderChangedBetweenVersionsRecreatesTheIndexWithTheRowsKept(DatabaseKind kind)
      throws Exception {
    try (URLClassLoader first = MODEL.load(1, snapshots, classes);
        TestDatabase database = TestDatabases.open(kind)) {
      Strata.configure(database.dataSource()).classLoader(first).load().upgrade();
      database.execute(
          "INSERT INTO RecentEvent (id, name) VALUES (1, 'a')",
          "INSERT INTO RecentEvent (id, name) VALUES (2, 'b')");

      try (URLClassLoader second = MODEL.load(2, snapshots, laterClasses)) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(second).load();
        strata.upgrade();
        MODEL.assertHibernatesSchema(second, database);
        assertEquals(List.of("name D"), database.indexColumns("RecentEvent", "recent_by_name"));

        strata.downgrade(1);
        MODEL.assertHibernatesSchema(first, database);
        assertEquals(
            List.of("id,name", "1,a", "2,b"),
            database.query("SELECT id, name FROM RecentEvent ORDER BY id"));
      }
    }
  }
}
