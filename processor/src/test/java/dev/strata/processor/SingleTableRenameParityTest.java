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
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Single-table subclasses renamed with {@code @RenamedFrom}: one whose discriminator value is its
 * entity name has its rows take the new name, and back on a downgrade, so that Hibernate reads them
 * as the renamed class; one whose {@code @DiscriminatorValue} names its value keeps it. Before, the
 * migration failed on the new check constraint, which no longer allowed the old value. The renamed
 * subclass's collection table and its join table's column, named after the entity though its rows
 * are in the root's table ({@code Request_tags}, {@code Request_id}), are renamed with their rows
 * too; before, the collection table was dropped and created empty, and the join table's changed
 * primary key failed the build.
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
              + " (4, 'P', 'd')",
          insert(desk, "Request_tags", "Request_id", "tags") + " VALUES (3, 'urgent')",
          insert(desk, related(desk), "Request_id", "related_id") + " VALUES (3, 1)");
      try (URLClassLoader second = renamed.load(2, snapshots, laterClasses)) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(second).load();
        strata.upgrade();
        renamed.assertHibernatesSchema(second, database);
        assertEquals(
            List.of("Ticket", "Incident", "ServiceRequest", "KnownError"),
            loaded(renamed, second, database));
        assertEquals("[urgent] 1", collections(renamed, second, database, "ServiceRequest"));

        strata.downgrade(1);
        desk.assertHibernatesSchema(first, database);
        assertEquals(
            List.of("Ticket", "Incident", "Request", "Problem"), loaded(desk, first, database));
        assertEquals("[urgent] 1", collections(desk, first, database, "Request"));
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

  /** The tags and the number of related tickets Hibernate loads for the request, ticket 3. */
  private static String collections(
      ParityModel model, ClassLoader loader, TestDatabase database, String request)
      throws Exception {
    HibernateOracle hibernate = new HibernateOracle(model.entities(loader), loader, model.spring());
    Class<?> type = loader.loadClass(PACKAGE + "." + request);
    Object tags = hibernate.fieldOf(database.dataSource(), type, 3L, "tags");
    Set<?> related = (Set<?>) hibernate.fieldOf(database.dataSource(), type, 3L, "related");
    return tags + " " + related.size();
  }

  /** The join table of Request.related: after both tables, or the root's and the attribute. */
  private static String related(ParityModel model) {
    return model.spring() ? "ticket_related" : "Ticket_Ticket";
  }
}
