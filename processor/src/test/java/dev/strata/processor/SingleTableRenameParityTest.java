package dev.strata.processor;

import static dev.strata.processor.ModelRows.insert;
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
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Single-table subclasses renamed with {@code @RenamedFrom}: one whose discriminator value is its
 * entity name has its rows take the new name, and back on a downgrade, so that Hibernate reads them
 * as the renamed class; one whose {@code @DiscriminatorValue} names its value keeps it. Before, the
 * migration failed on the new check constraint, which no longer allowed the old value.
 */
class SingleTableRenameParityTest {

  private static final String FOLDER = "oracle/singletablerename";

  private static final String PACKAGE = "org.example.singletablerename";

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void renamedSubclassesRowsKeepTheirClass(DatabaseKind kind, boolean spring) throws Exception {
    ParityModel desk =
        new ParityModel(
            FOLDER,
            PACKAGE,
            List.of(),
            List.of("Ticket", "Incident", "Request", "Problem"),
            spring);
    ParityModel renamed =
        new ParityModel(
            FOLDER,
            PACKAGE,
            List.of(),
            List.of("Ticket", "Incident", "ServiceRequest", "KnownError"),
            spring);
    try (TestDatabase database = TestDatabases.open(kind);
        URLClassLoader first = desk.load(1, snapshots, classes)) {
      Strata.configure(database.dataSource()).classLoader(first).load().upgrade();
      database.execute(
          insert(desk, "Ticket", "id", "DTYPE", "subject")
              + " VALUES (1, 'Ticket', 'a'), (2, 'Incident', 'b'), (3, 'Request', 'c'),"
              + " (4, 'P', 'd')");
      try (URLClassLoader second = renamed.load(2, snapshots, laterClasses)) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(second).load();
        strata.upgrade();
        renamed.assertHibernatesSchema(second, database);
        assertEquals(
            List.of("Ticket", "Incident", "ServiceRequest", "KnownError"),
            loaded(renamed, second, database));

        strata.downgrade(1);
        desk.assertHibernatesSchema(first, database);
        assertEquals(
            List.of("Ticket", "Incident", "Request", "Problem"), loaded(desk, first, database));
      }
    }
  }

  /** The classes Hibernate loads for the four tickets. */
  private static List<String> loaded(ParityModel model, ClassLoader loader, TestDatabase database)
      throws Exception {
    HibernateOracle hibernate = new HibernateOracle(model.entities(loader), loader, model.spring());
    Class<?> ticket = loader.loadClass(PACKAGE + ".Ticket");
    return List.of(1L, 2L, 3L, 4L).stream()
        .map(id -> hibernate.loadedClass(database.dataSource(), ticket, id).getSimpleName())
        .toList();
  }
}
