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
 * Hibernate's {@code @SoftDelete} added to an entity whose table has rows: the flag column, NOT
 * NULL without a default as Hibernate exports it, is added with the rows already there marked not
 * deleted, and goes again on the downgrade, the rows kept.
 */
class SoftDeleteEvolutionParityTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/softdeleteevolution",
          "org.example.softdeleteevolution",
          List.of(),
          List.of("Post"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;
  @TempDir Path lastClasses;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void softDeleteAddedToAFilledTableMarksItsRowsNotDeleted(DatabaseKind kind) throws Exception {
    try (URLClassLoader first = MODEL.load(1, snapshots, classes);
        TestDatabase database = TestDatabases.open(kind)) {
      Strata.configure(database.dataSource()).classLoader(first).load().upgrade();
      MODEL.assertHibernatesSchema(first, database);
      database.execute(
          "INSERT INTO Post (id, title) VALUES (1, 'first')",
          "INSERT INTO Post (id, title) VALUES (2, 'second')");

      try (URLClassLoader second = MODEL.load(2, snapshots, laterClasses)) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(second).load();
        strata.upgrade();
        MODEL.assertHibernatesSchema(second, database);
        assertEquals(
            List.of("id,title", "1,first", "2,second"),
            database.query("SELECT id, title FROM Post WHERE deleted = FALSE ORDER BY id"));

        strata.downgrade(1);
        MODEL.assertHibernatesSchema(first, database);
        assertEquals(
            List.of("id,title", "1,first", "2,second"),
            database.query("SELECT id, title FROM Post ORDER BY id"));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aStrategyChangedToActiveKeepsTheRowsDeletedSoftlyDeleted(DatabaseKind kind)
      throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, MODEL.options());
    history.compileVersion(MODEL.folder(), 1, MODEL.sources());
    history.compileVersion(MODEL.folder(), 2, MODEL.sources());
    try (URLClassLoader second = history.load();
        TestDatabase database = TestDatabases.open(kind)) {
      Strata.configure(database.dataSource()).classLoader(second).load().upgrade();
      database.execute(
          "INSERT INTO Post (id, title, deleted) VALUES (1, 'live', FALSE)",
          "INSERT INTO Post (id, title, deleted) VALUES (2, 'gone', TRUE)");

      try (URLClassLoader third = MODEL.load(3, snapshots, lastClasses)) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(third).load();
        strata.upgrade();
        MODEL.assertHibernatesSchema(third, database);
        assertEquals(
            List.of("id,title", "1,live"),
            database.query("SELECT id, title FROM Post WHERE active = TRUE ORDER BY id"));

        strata.downgrade(2);
        MODEL.assertHibernatesSchema(second, database);
        assertEquals(
            List.of("id,title", "2,gone"),
            database.query("SELECT id, title FROM Post WHERE deleted = TRUE ORDER BY id"));
      }
    }
  }
}
