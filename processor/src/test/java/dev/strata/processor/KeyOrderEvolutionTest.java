package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
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
 * A unique constraint over a collection table's key columns orders Hibernate's key by it. A module
 * that recorded the table before Strata followed that order keeps the key it has: a later version
 * that alters the table (here its value column) warns that the key stays in the recorded order,
 * where a key of other columns is an error, and migrates the rest with the rows.
 */
class KeyOrderEvolutionTest {

  private static final String FOLDER = "oracle/keyorderevolution";

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aKeyOrderedOtherwiseIsAWarningAndTheTableKeepsItsRows(DatabaseKind kind) throws Exception {
    CompiledHistory first =
        new CompiledHistory(snapshots, classes, "-Astrata.tables=true")
            .compileVersion(FOLDER, 1, List.of("Bench"));
    try (URLClassLoader version1 = first.load();
        TestDatabase database = TestDatabases.open(kind)) {
      Strata.configure(database.dataSource()).classLoader(version1).load().upgrade();
      database.execute(
          "INSERT INTO Bench (id) VALUES (1)",
          "INSERT INTO bench_notes (seat_id, topic, note) VALUES (1, 'paint', 'green')");

      CompiledHistory second =
          new CompiledHistory(snapshots, laterClasses, "-Astrata.tables=true")
              .compileVersion(FOLDER, 2, List.of("Bench"));
      assertThat(second.latest())
          .hadWarningContaining(
              "The primary key of table bench_notes is [topic, seat_id] in Hibernate's schema,"
                  + " where the databases this module migrated keep [seat_id, topic]")
          .inFile(second.latest().sourceFiles().get(0));
      try (URLClassLoader version2 = second.load()) {
        Strata.configure(database.dataSource()).classLoader(version2).load().upgrade();
      }
      assertEquals(
          List.of("seat_id,topic,note", "1,paint,green"),
          database.query("SELECT seat_id, topic, note FROM bench_notes"));
    }
  }
}
