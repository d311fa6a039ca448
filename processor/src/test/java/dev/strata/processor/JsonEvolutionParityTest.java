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
 * A text column holding JSON that a later version types with {@code @JdbcTypeCode(SqlTypes.JSON)},
 * under rows: Hibernate validates the schema at each version, the rows' text becomes the JSON value
 * it spells (an object stays an object, not a JSON string of its text), and the downgrade gives the
 * text back.
 */
class JsonEvolutionParityTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/jsonevolution", "org.example.jsonevolution", List.of(), List.of("Note"), false);

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void textHoldingJsonBecomesTheJsonItSpellsAndBack(DatabaseKind kind) throws Exception {
    try (URLClassLoader first = MODEL.load(1, snapshots, classes);
        TestDatabase database = TestDatabases.open(kind)) {
      Strata.configure(database.dataSource()).classLoader(first).load().upgrade();
      MODEL.assertHibernatesSchema(first, database);
      database.execute(
          "INSERT INTO Note (id, body) VALUES (1, '{\"a\": 1}')",
          "INSERT INTO Note (id, body) VALUES (2, NULL)");

      try (URLClassLoader second = MODEL.load(2, snapshots, laterClasses)) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(second).load();
        strata.upgrade();
        MODEL.assertHibernatesSchema(second, database);
        assertEquals(List.of("1,{\"a\":1}", "2,null"), bodies(database));

        strata.downgrade(1);
        MODEL.assertHibernatesSchema(first, database);
        assertEquals(List.of("1,{\"a\":1}", "2,null"), bodies(database));
      }
    }
  }

  /** Each row's body as text, without the spaces each database lays JSON out with. */
  private static List<String> bodies(TestDatabase database) throws Exception {
    return database.query("SELECT id, body FROM Note ORDER BY id").stream()
        .skip(1)
        .map(row -> row.replace(" ", ""))
        .toList();
  }
}
