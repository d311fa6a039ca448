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
 * Tables renamed with {@code @RenamedFrom} rename the join table their implicit name comes from,
 * with its rows, under both namings: Spring Boot's names it after the owning table and the
 * attribute ({@code vets_specialties}), Hibernate's after both tables ({@code vets_specialties}
 * too, here), with Hibernate as the oracle at each version and after the downgrade.
 */
class JoinTableRenameParityTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/jointablerename",
          "org.example.jointablerename",
          List.of(),
          List.of("Vet", "Specialty"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest(name = "{0}, Spring naming {1}")
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void aRenamedTableTakesItsJoinTableAndItsRowsAlong(DatabaseKind kind, boolean spring)
      throws Exception {
    ParityModel model = MODEL.withNaming(spring);
    CompiledHistory history = new CompiledHistory(snapshots, classes, model.options());
    history.compileVersion(model.folder(), 1, model.sources());
    try (URLClassLoader first = history.load();
        TestDatabase database = TestDatabases.open(kind)) {
      Strata.configure(database.dataSource()).classLoader(first).load().upgrade();
      model.assertHibernatesSchema(first, database);
      String before = spring ? "vets_specialties" : "vets_specialties";
      database.execute(
          "INSERT INTO vets (id) VALUES (1)",
          "INSERT INTO specialties (id) VALUES (2)",
          "INSERT INTO " + before + " (" + vetColumn(spring) + ", specialties_id) VALUES (1, 2)");

      CompiledHistory later = new CompiledHistory(snapshots, laterClasses, model.options());
      later.compileVersion(model.folder(), 2, model.sources());
      try (URLClassLoader second = later.load()) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(second).load();
        strata.upgrade();
        model.assertHibernatesSchema(second, database);
        String after = spring ? "veterinarians_specialties" : "veterinarians_skills";
        assertEquals(
            List.of("specialties_id", "2"), database.query("SELECT specialties_id FROM " + after));

        strata.downgrade(1);
        model.assertHibernatesSchema(first, database);
        assertEquals(
            List.of("specialties_id", "2"), database.query("SELECT specialties_id FROM " + before));
      }
    }
  }

  /**
   * A class renamed with its implicitly named table renames the join table named after it and the
   * join column named after the entity ({@code Vet_id}), part of the join table's key, with the
   * rows.
   */
  @ParameterizedTest(name = "{0}, Spring naming {1}")
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void aRenamedClassTakesItsJoinTableAndTheColumnNamedAfterItAlong(
      DatabaseKind kind, boolean spring) throws Exception {
    ParityModel first = classRename(List.of("Vet", "Specialty"), spring);
    ParityModel second = classRename(List.of("Veterinarian", "Specialty"), spring);
    CompiledHistory history = new CompiledHistory(snapshots, classes, first.options());
    history.compileVersion(first.folder(), 1, first.sources());
    try (URLClassLoader version1 = history.load();
        TestDatabase database = TestDatabases.open(kind)) {
      Strata.configure(database.dataSource()).classLoader(version1).load().upgrade();
      first.assertHibernatesSchema(version1, database);
      String before = first.name(spring ? "Vet_specialties" : "Vet_Specialty");
      database.execute(
          "INSERT INTO " + first.name("Vet") + " (id) VALUES (1)",
          "INSERT INTO " + first.name("Specialty") + " (id) VALUES (2)",
          "INSERT INTO "
              + before
              + " ("
              + first.name("Vet_id")
              + ", specialties_id) VALUES (1, 2)");

      CompiledHistory later = new CompiledHistory(snapshots, laterClasses, second.options());
      later.compileVersion(second.folder(), 2, second.sources());
      try (URLClassLoader version2 = later.load()) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(version2).load();
        strata.upgrade();
        second.assertHibernatesSchema(version2, database);
        String after = second.name(spring ? "Veterinarian_specialties" : "Veterinarian_Specialty");
        assertEquals(
            List.of("1,2"),
            database
                .query(
                    "SELECT " + second.name("Veterinarian_id") + ", specialties_id FROM " + after)
                .stream()
                .skip(1)
                .toList());

        strata.downgrade(1);
        first.assertHibernatesSchema(version1, database);
        assertEquals(
            List.of("1,2"),
            database
                .query("SELECT " + first.name("Vet_id") + ", specialties_id FROM " + before)
                .stream()
                .skip(1)
                .toList());
      }
    }
  }

  private static ParityModel classRename(List<String> entities, boolean spring) {
    return new ParityModel(
        "oracle/jointableclassrename",
        "org.example.jointableclassrename",
        List.of(),
        entities,
        spring);
  }

  private static String vetColumn(boolean spring) {
    return spring ? "vet_id" : "Vet_id";
  }
}
