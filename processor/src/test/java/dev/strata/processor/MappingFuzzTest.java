package dev.strata.processor;

import com.google.testing.compile.JavaFileObjects;
import dev.strata.processor.fuzz.FuzzTrials;
import dev.strata.processor.fuzz.RandomModel;
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
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mapping fuzzer: random JPA models ({@link RandomModel}, shapes the README documents as
 * supported) compiled with tables, migrated into a fresh database, where Hibernate 7 validates the
 * schema and its own export in a second database must read back the same. A fixed list of seeds in
 * CI; {@code -Dstrata.mappingFuzz.seed=S} replays one seed on every database under both namings,
 * {@code -Dstrata.mappingFuzz.trials=N} runs N more seeds (from {@code -Dstrata.mappingFuzz.start},
 * random without it) under both namings on the databases {@code -Dstrata.mappingFuzz.databases}
 * lists ({@code H2} by default, {@code H2,POSTGRESQL,MARIADB}).
 */
class MappingFuzzTest {

  /** Seeds run in CI on H2, each under one naming, Hibernate's and Spring Boot's by turns. */
  private static final long[] H2_SEEDS = {
    1,
    2,
    3596673253889729385L,
    -7943358822415453218L,
    6,
    7,
    8,
    9,
    10,
    1333639397625023876L,
    11,
    6415545968809987896L
  };

  /** Seeds run in CI on PostgreSQL and MariaDB each, the namings by turns. */
  private static final long[] SERVER_SEEDS = {13, 14, 15};

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest(name = "seed {0} on {1}, Spring naming {2}")
  @MethodSource("trials")
  void strataMigratesTheSchemaHibernateExports(long seed, DatabaseKind kind, boolean spring)
      throws Exception {
    RandomModel model = RandomModel.of(seed);
    try {
      migrateAndCompare(model, kind, spring);
    } catch (Exception | AssertionError failure) {
      throw new AssertionError(
          "replay with -Dstrata.mappingFuzz.seed="
              + seed
              + " ("
              + kind
              + (spring ? ", snake_case" : ", jpa naming")
              + ")\n"
              + model.listing(),
          failure);
    }
  }

  private void migrateAndCompare(RandomModel model, DatabaseKind kind, boolean spring)
      throws Exception {
    List<JavaFileObject> sources = new ArrayList<>();
    model
        .sources()
        .forEach(
            (name, text) ->
                sources.add(
                    JavaFileObjects.forSourceString(model.packageName() + "." + name, text)));
    CompiledHistory history = new CompiledHistory(snapshots, classes, ParityModel.options(spring));
    history.compileSources(1, sources);
    try (URLClassLoader loader = history.load();
        TestDatabase database = TestDatabases.open(kind)) {
      Strata.configure(database.dataSource()).classLoader(loader).load().upgrade();
      List<Class<?>> entities = new ArrayList<>();
      for (String entity : model.entities()) {
        entities.add(loader.loadClass(model.packageName() + "." + entity));
      }
      HibernateParity.assertHibernatesSchema(
          new HibernateOracle(entities, loader, spring), database);
    }
  }

  static Stream<Arguments> trials() {
    return FuzzTrials.of(
        "strata.mappingFuzz",
        Stream.of(
                FuzzTrials.byTurns(H2_SEEDS, DatabaseKind.H2, false),
                FuzzTrials.byTurns(SERVER_SEEDS, DatabaseKind.POSTGRESQL, false),
                FuzzTrials.byTurns(SERVER_SEEDS, DatabaseKind.MARIADB, false))
            .flatMap(arguments -> arguments));
  }
}
