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
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hibernate's {@code @Type} with a {@code @Column(columnDefinition)}, as teams map JSON types: the
 * column of that definition, on a field, in an embeddable and under an override, against
 * Hibernate's own export; Hibernate then writes and reads the values through the UserType.
 */
class UserTypeParityTest {

  private static final String PACKAGE = "org.example.usertypes";

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest(name = "{0}, Spring naming {1}")
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void aUserTypeWithAColumnDefinitionIsTheColumnHibernateCreates(DatabaseKind kind, boolean spring)
      throws Exception {
    ParityModel gadgets =
        new ParityModel(
            "oracle/usertypes", PACKAGE, List.of("PairsType", "Labels"), List.of("Gadget"), spring);
    try (TestDatabase database = TestDatabases.open(kind);
        URLClassLoader loader = gadgets.load(1, snapshots, classes)) {
      Strata.configure(database.dataSource()).classLoader(loader).load().upgrade();
      gadgets.assertHibernatesSchema(loader, database);

      Class<?> gadget = loader.loadClass(PACKAGE + ".Gadget");
      HibernateOracle hibernate = new HibernateOracle(List.of(gadget), loader, spring);
      Object id = hibernate.persistNew(database.dataSource(), gadget);
      assertEquals(
          Map.of("colour", "red", "size", "L"),
          hibernate.fieldOf(database.dataSource(), gadget, id, "attributes"));
      assertEquals(
          Map.of("batch", "7"), hibernate.fieldOf(database.dataSource(), gadget, id, "serial"));
    }
  }
}
