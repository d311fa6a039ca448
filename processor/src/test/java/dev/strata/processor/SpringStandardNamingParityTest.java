package dev.strata.processor;

import dev.strata.processor.oracle.HibernateOracle;
import dev.strata.processor.oracle.HibernateParity;
import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code -Astrata.naming=spring_standard}: Spring Boot's naming with its {@code physical-strategy}
 * set to Hibernate's {@code PhysicalNamingStrategyStandardImpl}, as teams keep the names of an
 * existing schema: names as written, join tables named after the owning table and the attribute
 * ({@code Author_tags}, where JPA's name is {@code Author_Tag}). Every kind of association, against
 * Hibernate's own export under those strategies.
 */
class SpringStandardNamingParityTest {

  private static final String PACKAGE = "org.example.associations";
  private static final List<String> ENTITIES =
      List.of("Author", "Book", "Library", "Profile", "Tag", "Member", "Loan");

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void joinTablesAreNamedAfterTheAttributeAndEveryNameIsKeptAsWritten(DatabaseKind kind)
      throws Exception {
    List<String> sources = new ArrayList<>(List.of("Patron"));
    sources.addAll(ENTITIES);
    CompiledHistory history =
        new CompiledHistory(
                snapshots, classes, "-Astrata.tables=true", "-Astrata.naming=spring_standard")
            .compileVersion("oracle/associations", 1, sources);
    try (URLClassLoader loader = history.load();
        TestDatabase database = TestDatabases.open(kind)) {
      Strata.configure(database.dataSource()).classLoader(loader).load().upgrade();
      List<Class<?>> entities = new ArrayList<>();
      for (String entity : ENTITIES) {
        entities.add(loader.loadClass(PACKAGE + "." + entity));
      }
      HibernateParity.assertHibernatesSchema(
          HibernateOracle.springWithNamesAsWritten(entities, loader), database);
    }
  }
}
