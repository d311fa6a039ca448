package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.processor.oracle.HibernateOracle;
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
 * A {@code String} and a {@code byte[]} that become {@code @Lob} under filled rows, and back, with
 * Hibernate as the oracle of the schema and of the values it reads: on PostgreSQL, whose large
 * objects Hibernate keeps apart and refers to by their oid, the values move into large objects and
 * out again.
 */
class LobEvolutionParityTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/lobevolution", "org.example.lobevolution", List.of(), List.of("Doc"), false);

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void columnsMadeLargeObjectsUnderRowsKeepTheirValuesBothWays(DatabaseKind kind) throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, MODEL.options());
    history.compileVersion(MODEL.folder(), 1, MODEL.sources());
    try (URLClassLoader first = history.load();
        TestDatabase database = TestDatabases.open(kind)) {
      Strata.configure(database.dataSource()).classLoader(first).load().upgrade();
      MODEL.assertHibernatesSchema(first, database);
      String bytes = kind == DatabaseKind.POSTGRESQL ? "'\\x0102'::bytea" : "X'0102'";
      database.execute("INSERT INTO Doc (id, body, data) VALUES (1, 'héllo', " + bytes + ")");

      CompiledHistory later = new CompiledHistory(snapshots, laterClasses, MODEL.options());
      later.compileVersion(MODEL.folder(), 2, MODEL.sources());
      try (URLClassLoader second = later.load()) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(second).load();
        strata.upgrade();
        MODEL.assertHibernatesSchema(second, database);
        assertHibernateReads(second, database, "héllo", new byte[] {1, 2});

        strata.downgrade(1);
        MODEL.assertHibernatesSchema(first, database);
        assertHibernateReads(first, database, "héllo", new byte[] {1, 2});
      }
    }
  }

  private static void assertHibernateReads(
      ClassLoader loader, TestDatabase database, String body, byte[] data) throws Exception {
    HibernateOracle oracle = new HibernateOracle(MODEL.entities(loader), loader, false);
    Class<?> doc = MODEL.entities(loader).get(0);
    assertEquals(body, oracle.fieldOf(database.dataSource(), doc, 1L, "body"));
    assertArrayEquals(data, (byte[]) oracle.fieldOf(database.dataSource(), doc, 1L, "data"));
  }
}
