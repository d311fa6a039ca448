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
 * An enum stored by name in a column its {@code columnDefinition} types ({@code varchar(32)}) has
 * that type on every database and, on PostgreSQL, the check of its values that Hibernate 7.2 writes
 * there for an enum's {@code varchar} (before, Strata wrote the definition alone, and PostgreSQL's
 * schema lacked Hibernate's check); an entity's column, an element collection's and a map's key
 * alike, an ordinal one unchanged. A constant added in a later version changes the check, keeping
 * the rows, and the downgrade puts the old check back. A snapshot that holds such a column as
 * Strata wrote it before (its definition alone) gets one version on the next build, which adds the
 * check on PostgreSQL over the rows.
 */
class EnumDefinitionParityTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/enumdefinitions",
          "org.example.enumdefinitions",
          List.of("Status"),
          List.of("Ticket"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void anEnumInADefinedColumnHasItsDefinitionAndPostgresqlsCheck(DatabaseKind kind, boolean spring)
      throws Exception {
    MODEL.withNaming(spring).assertFirstVersionParity(snapshots, classes, kind);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aColumnStrataRecordedBeforeGainsTheCheckKeepingTheRows(DatabaseKind kind) throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, MODEL.options());
    List<String> sources =
        MODEL.sources().stream().map(name -> MODEL.folder() + "/v1/" + name + ".java").toList();
    history.compileResources(1, sources);
    EarlierSnapshots.rewrite(snapshots, text -> text.replaceAll(" AS GIVEN ENUM\\([^)]*\\)", ""));
    String select = "SELECT id, status FROM Ticket";
    try (URLClassLoader loader = history.compileResources(2, sources).load();
        TestDatabase database = TestDatabases.open(kind)) {
      Strata strata = Strata.configure(database.dataSource()).classLoader(loader).load();
      strata.upgrade(1);
      database.execute("INSERT INTO Ticket (id, status) VALUES (1, 'OPEN')");
      strata.upgrade();
      assertEquals(2, strata.status().applied().size());
      MODEL.assertHibernatesSchema(loader, database);
      assertEquals(List.of("id,status", "1,OPEN"), database.query(select));
      strata.downgrade(1);
      assertEquals(List.of("id,status", "1,OPEN"), database.query(select));
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aConstantAddedLaterChangesTheCheckKeepingTheRows(DatabaseKind kind) throws Exception {
    String select = "SELECT id, status FROM Ticket ORDER BY id";
    MODEL.assertEvolution(
        kind,
        snapshots,
        classes,
        laterClasses,
        database ->
            database.execute(
                "INSERT INTO Ticket (id, status, ordinalStatus) VALUES (1, 'OPEN', 0)",
                "INSERT INTO Ticket_history (Ticket_id, history) VALUES (1, 'CLOSED')"),
        database -> {
          database.execute("INSERT INTO Ticket (id, status) VALUES (2, 'ARCHIVED')");
          assertEquals(List.of("id,status", "1,OPEN", "2,ARCHIVED"), database.query(select));
          database.execute("DELETE FROM Ticket WHERE id = 2");
        },
        database -> assertEquals(List.of("id,status", "1,OPEN"), database.query(select)));
  }
}
