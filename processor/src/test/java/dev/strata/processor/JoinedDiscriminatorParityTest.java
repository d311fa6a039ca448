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
 * A joined hierarchy with rows gains a {@code @DiscriminatorColumn}: each row takes the value of
 * the class whose table holds it deepest (a sports car's row is in the car's table too), the
 * concrete root's own rows the root's, as Hibernate would have written them, so that Hibernate
 * reads every row as the class it was; before, every row took the root's value.
 */
class JoinedDiscriminatorParityTest {

  private static final String PACKAGE = "org.example.joineddiscriminator";

  private static final List<String> ENTITIES = List.of("Vehicle", "Car", "SportsCar", "Truck");

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void rowsOfAJoinedHierarchyGainingADiscriminatorTakeTheirClasssValue(
      DatabaseKind kind, boolean spring) throws Exception {
    ParityModel fleet =
        new ParityModel("oracle/joineddiscriminator", PACKAGE, List.of(), ENTITIES, spring);
    try (TestDatabase database = TestDatabases.open(kind);
        URLClassLoader first = fleet.load(1, snapshots, classes)) {
      Strata.configure(database.dataSource()).classLoader(first).load().upgrade();
      database.execute(rows(fleet));
      try (URLClassLoader second = fleet.load(2, snapshots, laterClasses)) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(second).load();
        strata.upgrade();
        fleet.assertHibernatesSchema(second, database);
        assertEquals(
            List.of("id,kind", "1,Vehicle", "2,Car", "3,SportsCar", "4,T"),
            database.query("SELECT id, kind FROM " + fleet.name("Vehicle") + " ORDER BY id"));
        assertEquals(
            List.of("Vehicle", "Car", "SportsCar", "Truck"), loaded(fleet, second, database));

        strata.downgrade(1);
        fleet.assertHibernatesSchema(first, database);
        assertEquals(
            List.of("count", "4"),
            database.query("SELECT COUNT(plate) AS count FROM " + fleet.name("Vehicle")));
      }
    }
  }

  /** The classes Hibernate loads for the four vehicles. */
  private static List<String> loaded(ParityModel fleet, ClassLoader loader, TestDatabase database)
      throws Exception {
    HibernateOracle hibernate = new HibernateOracle(fleet.entities(loader), loader, fleet.spring());
    Class<?> vehicle = loader.loadClass(PACKAGE + ".Vehicle");
    return List.of(1L, 2L, 3L, 4L).stream()
        .map(id -> hibernate.loadedClass(database.dataSource(), vehicle, id).getSimpleName())
        .toList();
  }

  private static String[] rows(ParityModel fleet) {
    return new String[] {
      insert(fleet, "Vehicle", "id", "plate")
          + " VALUES (1, 'V-1'), (2, 'C-2'), (3, 'S-3'), (4, 'T-4')",
      insert(fleet, "Car", "id", "seats") + " VALUES (2, 5), (3, 2)",
      insert(fleet, "SportsCar", "car_id", "topSpeed") + " VALUES (3, 300)",
      insert(fleet, "Truck", "id", "axles") + " VALUES (4, 3)"
    };
  }
}
