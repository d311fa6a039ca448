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
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An entity class renamed with {@code @RenamedFrom} on its implicitly named table renames its
 * collection tables, named after the entity ({@code Client_tags}), and their columns that refer to
 * it ({@code Client_id}), with their rows, under both namings, with Hibernate as the oracle at each
 * version and after the downgrade.
 */
class CollectionTableRenameParityTest {

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest(name = "{0}, Spring naming {1}")
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void aRenamedEntityTakesItsCollectionTablesAndTheirRowsAlong(DatabaseKind kind, boolean spring)
      throws Exception {
    ParityModel first = model(List.of("Client"), spring);
    ParityModel second = model(List.of("Customer"), spring);
    CompiledHistory history = new CompiledHistory(snapshots, classes, first.options());
    history.compileVersion(first.folder(), 1, first.sources());
    try (URLClassLoader version1 = history.load();
        TestDatabase database = TestDatabases.open(kind)) {
      Strata.configure(database.dataSource()).classLoader(version1).load().upgrade();
      first.assertHibernatesSchema(version1, database);
      database.execute(
          "INSERT INTO " + first.name("Client") + " (id) VALUES (1)",
          "INSERT INTO "
              + first.name("Client_tags")
              + " ("
              + first.name("Client_id")
              + ", tags) VALUES (1, 'vip')",
          "INSERT INTO "
              + first.name("Client_notes")
              + " ("
              + first.name("Client_id")
              + ", notes, "
              + first.name("notes_ORDER")
              + ") VALUES (1, 'first', 0)");

      CompiledHistory later = new CompiledHistory(snapshots, laterClasses, second.options());
      later.compileVersion(second.folder(), 2, second.sources());
      try (URLClassLoader version2 = later.load()) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(version2).load();
        strata.upgrade();
        second.assertHibernatesSchema(version2, database);
        assertEquals(List.of("vip,first"), rows(database, second, "Customer"));

        strata.downgrade(1);
        first.assertHibernatesSchema(version1, database);
        assertEquals(List.of("vip,first"), rows(database, first, "Client"));
      }
    }
  }

  private static ParityModel model(List<String> entities, boolean spring) {
    return new ParityModel(
        "oracle/collectionrename", "org.example.collectionrename", List.of(), entities, spring);
  }

  private static List<String> rows(TestDatabase database, ParityModel model, String entity)
      throws Exception {
    String owner = model.name(entity + "_id");
    return database
        .query(
            "SELECT t.tags, n.notes FROM "
                + model.name(entity + "_tags")
                + " t JOIN "
                + model.name(entity + "_notes")
                + " n ON n."
                + owner
                + " = t."
                + owner)
        .stream()
        .skip(1)
        .toList();
  }
}
