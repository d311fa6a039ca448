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
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A model nobody here wrote, against Hibernate's own schema export on each database: the entities
 * JHipster 8 generates for its sample application (jhipster/jhipster-sample-app-react, {@code
 * src/main/java/io/github/jhipster/sample/domain}), their mappings reconstructed here as test input
 * (tables, columns and every mapping annotation as JHipster writes them; no code of theirs).
 */
class JHipsterParityTest {

  /**
   * A generic auditing superclass, a table named {@code jhi_user}, Hibernate's {@code Cache} and
   * {@code BatchSize}, Bean Validation's {@code Email}, {@code Pattern} and {@code Size(min, max)},
   * a {@code String} key, a {@code ManyToMany} join table with {@code referencedColumnName}; named
   * as Spring Boot names, as JHipster runs.
   */
  private static final ParityModel JHIPSTER =
      new ParityModel(
          "oracle/jhipster",
          "org.example.jhipster",
          List.of("Constants", "AbstractAuditingEntity"),
          List.of("Authority", "User", "BankAccount", "Label", "Operation"),
          true);

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void jhipsterEntitiesMigrateToTheSchemaHibernateCreates(DatabaseKind kind) throws Exception {
    assertParity(JHIPSTER, kind);
  }

  /** Compiles version 1 for {@code kind}, migrates a fresh database, and compares. */
  private void assertParity(ParityModel model, DatabaseKind kind) throws Exception {
    List<String> options = new ArrayList<>(List.of(model.options()));
    options.add("-Astrata.targets=" + kind.name().toLowerCase(Locale.ROOT));
    CompiledHistory history =
        new CompiledHistory(snapshots, classes, options.toArray(String[]::new));
    history.compileVersion(model.folder(), 1, model.sources());
    try (URLClassLoader loader = history.load();
        TestDatabase strata = TestDatabases.open(kind)) {
      Strata.configure(strata.dataSource()).classLoader(loader).load().upgrade();
      HibernateParity.assertHibernatesSchema(
          new HibernateOracle(model.entities(loader), loader, model.spring()), strata);
    }
  }
}
