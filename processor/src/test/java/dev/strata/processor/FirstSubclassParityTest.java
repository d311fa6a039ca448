package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.processor.oracle.HibernateOracle;
import dev.strata.processor.oracle.HibernateParity;
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
 * An entity whose table has rows gains its first subclass, and with it a single table's NOT NULL
 * discriminator: the rows already there take the root's value, through a default the same version
 * drops again, so that the schema is Hibernate's and Hibernate reads the old rows as the root.
 */
class FirstSubclassParityTest {

  private static final ParityModel FIRST =
      new ParityModel(
          "oracle/firstsub", "org.example.firstsub", List.of(), List.of("Device"), false);

  private static final ParityModel SECOND = FIRST.with("Phone");

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void rowsOfATableGainingItsFirstSubclassTakeTheRootsDiscriminator(DatabaseKind kind)
      throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, FIRST.options());
    history.compileVersion(FIRST.folder(), 1, FIRST.sources());
    try (URLClassLoader first = history.load();
        TestDatabase strata = TestDatabases.open(kind)) {
      Strata.configure(strata.dataSource()).classLoader(first).load().upgrade();
      strata.execute(
          "INSERT INTO Device (id, name) VALUES (1, 'router')",
          "INSERT INTO Device (id, name) VALUES (2, 'modem')");

      CompiledHistory later = new CompiledHistory(snapshots, laterClasses, FIRST.options());
      later.compileVersion(FIRST.folder(), 2, SECOND.sources());
      try (URLClassLoader second = later.load()) {
        Strata.configure(strata.dataSource()).classLoader(second).load().upgrade();
        HibernateOracle hibernate = new HibernateOracle(SECOND.entities(second), second, false);
        HibernateParity.assertHibernatesSchema(hibernate, strata);
        assertEquals(
            List.of("id,dtype,name", "1,Device,router", "2,Device,modem"),
            strata.query("SELECT id, DTYPE, name FROM Device ORDER BY id"));
        Class<?> device = second.loadClass("org.example.firstsub.Device");
        assertEquals(device, hibernate.loadedClass(strata.dataSource(), device, 1L));
      }
    }
  }
}
