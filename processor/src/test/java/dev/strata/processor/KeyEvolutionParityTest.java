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
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keys that evolve under a foreign key, on every database and naming, with Hibernate as the oracle
 * at each version and after the downgrade: version 2 widens the key of {@code Customer} and the
 * join column that references it from {@code Integer} to {@code Long} (MariaDB and MySQL refuse to
 * change a column a foreign key joins while the key exists), and version 3 drops the {@code @Index}
 * on that join column (there the last index serving the key, which they refuse to drop alone). The
 * downgrade to version 2 creates that index again beside the key's own index (H2's, or the one
 * Strata gave the key on MySQL and MariaDB), which must go, as Hibernate's export has one index.
 */
class KeyEvolutionParityTest {

  private static final String PACKAGE = "org.example.keyevolution";
  private static final List<String> ENTITIES = List.of("Customer", "Purchase");

  @TempDir Path snapshots;
  @TempDir Path firstClasses;
  @TempDir Path secondClasses;
  @TempDir Path thirdClasses;

  @ParameterizedTest(name = "{0}, Spring naming {1}")
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void aKeyWidenedUnderAForeignKeyThenItsIndexDroppedMigrateBothWays(
      DatabaseKind kind, boolean spring) throws Exception {
    String[] options = ParityModel.options(spring);
    CompiledHistory first =
        new CompiledHistory(snapshots, firstClasses, options).compileResources(1, sources(1));
    try (URLClassLoader version1 = first.load();
        TestDatabase database = TestDatabases.open(kind)) {
      Strata.configure(database.dataSource()).classLoader(version1).load().upgrade();
      assertHibernatesSchema(version1, database, spring);
      String customer = spring ? "customer" : "Customer";
      String purchase = spring ? "purchase" : "Purchase";
      database.execute(
          "INSERT INTO " + customer + " (id, name) VALUES (1, 'Ada')",
          "INSERT INTO " + purchase + " (id, customer_id) VALUES (10, 1)");

      CompiledHistory second =
          new CompiledHistory(snapshots, secondClasses, options).compileResources(2, sources(2));
      CompiledHistory third =
          new CompiledHistory(snapshots, thirdClasses, options).compileResources(3, sources(3));
      try (URLClassLoader version2 = second.load();
          URLClassLoader version3 = third.load()) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(version3).load();
        strata.upgrade(2);
        assertHibernatesSchema(version2, database, spring);
        strata.upgrade();
        assertHibernatesSchema(version3, database, spring);

        strata.downgrade(2);
        assertHibernatesSchema(version2, database, spring);
        strata.downgrade(1);
        assertHibernatesSchema(version1, database, spring);
      }
      assertEquals(
          List.of("name,id", "Ada,10"),
          database.query(
              "SELECT c.name, p.id FROM "
                  + customer
                  + " c JOIN "
                  + purchase
                  + " p ON p.customer_id = c.id"));
    }
  }

  private static void assertHibernatesSchema(
      URLClassLoader loader, TestDatabase database, boolean spring) throws Exception {
    List<Class<?>> entities =
        List.of(loader.loadClass(PACKAGE + ".Customer"), loader.loadClass(PACKAGE + ".Purchase"));
    HibernateParity.assertHibernatesSchema(new HibernateOracle(entities, loader, spring), database);
  }

  private static List<String> sources(int version) {
    return ENTITIES.stream()
        .map(name -> "oracle/keyevolution/v" + version + "/" + name + ".java")
        .toList();
  }
}
