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
 * A unique constraint over a collection table's key columns orders Hibernate's key by it. A later
 * version that orders it otherwise (here with its value column altered) builds the table again in
 * the new order with its rows, without a warning of lost data, where a key of other columns is an
 * error.
 */
class KeyOrderEvolutionTest {

  private static final String FOLDER = "oracle/keyorderevolution";

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aKeyOrderedOtherwiseIsBuiltAgainWithItsRows(DatabaseKind kind) throws Exception {
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
      assertThat(second.latest()).succeeded();
      assertEquals(
          List.of(),
          second.latest().warnings().stream()
              .map(warning -> warning.getMessage(null))
              .filter(message -> message.contains("primary key") || message.contains("drops"))
              .toList());
      try (URLClassLoader version2 = second.load()) {
        Strata.configure(database.dataSource()).classLoader(version2).load().upgrade();
      }
      assertEquals(
          List.of("seat_id,topic,note", "1,paint,green"),
          database.query("SELECT seat_id, topic, note FROM bench_notes"));
    }
  }
}
