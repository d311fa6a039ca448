package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.processor.oracle.HibernateOracle;
import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @JdbcTypeCode(SqlTypes.CHAR)} and {@code (SqlTypes.VARCHAR)} on a {@code UUID}: a key, a
 * field, an element collection's values and the join columns referring to the key, against
 * Hibernate's own export; Hibernate then writes and reads a generated key through them.
 */
class TextualUuidParityTest {

  private static final String PACKAGE = "org.example.textualuuids";

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest(name = "{0}, Spring naming {1}")
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void uuidsKeptAsTextAreTheColumnsHibernateCreates(DatabaseKind kind, boolean spring)
      throws Exception {
    ParityModel devices =
        new ParityModel(
            "oracle/textualuuids", PACKAGE, List.of(), List.of("Device", "Reading"), spring);
    try (TestDatabase database = TestDatabases.open(kind);
        URLClassLoader loader = devices.load(1, snapshots, classes)) {
      Strata.configure(database.dataSource()).classLoader(loader).load().upgrade();
      devices.assertHibernatesSchema(loader, database);

      Class<?> device = loader.loadClass(PACKAGE + ".Device");
      HibernateOracle hibernate = new HibernateOracle(devices.entities(loader), loader, spring);
      Object id = hibernate.persistNew(database.dataSource(), device);
      assertEquals(
          UUID.fromString("00000000-0000-0000-0000-000000000007"),
          hibernate.fieldOf(database.dataSource(), device, id, "serial"));
    }
  }
}
