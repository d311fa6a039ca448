package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
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
   * A class renamed with its implicitly named table also renames the join column named after the
   * entity ({@code Vet_id}), which renaming the join table would not keep: the join table is
   * dropped and created again, with the warning that says so, not a change of its primary key.
   */
  @Test
  void aRenamedClassDropsItsJoinTableWithAWarning(@TempDir Path laterSnapshots) throws Exception {
    CompiledHistory history =
        new CompiledHistory(laterSnapshots, classes, "-Astrata.tables=true")
            .compileVersion("oracle/jointableclassrename", 1, List.of("Vet", "Specialty"));
    history.compileVersion("oracle/jointableclassrename", 2, List.of("Veterinarian", "Specialty"));
    assertTrue(
        history.latest().warnings().stream()
            .anyMatch(
                w ->
                    w.getMessage(null)
                        .contains("Version 2 drops table Vet_Specialty and every row in it")),
        history.latest().warnings()::toString);
  }

  private static String vetColumn(boolean spring) {
    return spring ? "vet_id" : "Vet_id";
  }
}
