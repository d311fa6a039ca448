package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.processor.oracle.HibernateOracle;
import dev.strata.processor.oracle.HibernateParity;
import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A model of entities under {@code src/test/resources/<folder>/vN/} for the parity tests.
 *
 * @param superclasses the classes compiled with the entities that are not entities themselves
 * @param spring whether it is named as Spring Boot names ({@code -Astrata.naming=snake_case})
 */
record ParityModel(
    String folder,
    String packageName,
    List<String> superclasses,
    List<String> entityNames,
    boolean spring) {

  /**
   * H2 with each naming, Spring Boot's ({@code true}) and Hibernate's, and PostgreSQL and MariaDB
   * with one each: which one runs where is fixed by the test's class and method names, so that a
   * run repeats, and across the suite each server meets both namings at half the cost of the whole
   * matrix, which {@code -Dstrata.parity.everyNaming=true} runs. A naming changes the names a model
   * has, which H2 checks under both; a server adds what it does with names (case, length, reserved
   * words) under whichever naming it meets.
   */
  static Stream<Arguments> databasesAndNamings(TestInfo test) {
    if (Boolean.getBoolean("strata.parity.everyNaming")) {
      return Stream.of(DatabaseKind.values())
          .flatMap(kind -> Stream.of(Arguments.of(kind, false), Arguments.of(kind, true)));
    }
    String method =
        test.getTestClass().map(Class::getName).orElse("")
            + "#"
            + test.getTestMethod().map(Method::getName).orElse("");
    boolean springOnPostgres = Math.floorMod(method.hashCode(), 2) == 0;
    return Stream.of(
        Arguments.of(DatabaseKind.H2, false),
        Arguments.of(DatabaseKind.H2, true),
        Arguments.of(DatabaseKind.POSTGRESQL, springOnPostgres),
        Arguments.of(DatabaseKind.MARIADB, !springOnPostgres));
  }

  /** The same model with more entities, which a later version adds. */
  ParityModel with(String... added) {
    List<String> all = new ArrayList<>(entityNames);
    all.addAll(List.of(added));
    return new ParityModel(folder, packageName, superclasses, all, spring);
  }

  /** The same model, named as Spring Boot names. */
  ParityModel withSpringNaming() {
    return withNaming(true);
  }

  /** The same model, named as Spring Boot names ({@code true}) or as Hibernate does by default. */
  ParityModel withNaming(boolean springNaming) {
    return new ParityModel(folder, packageName, superclasses, entityNames, springNaming);
  }

  /** A table's or column's name as this model's naming writes it. */
  String name(String logical) {
    return spring ? HibernateOracle.springName(logical) : logical;
  }

  List<String> sources() {
    List<String> all = new ArrayList<>(superclasses);
    all.addAll(entityNames);
    return all;
  }

  String[] options() {
    return options(spring);
  }

  /** The processor's options for tables, named as Spring Boot names them or as Hibernate does. */
  static String[] options(boolean spring) {
    return spring
        ? new String[] {"-Astrata.tables=true", "-Astrata.naming=snake_case"}
        : new String[] {"-Astrata.tables=true"};
  }

  /**
   * Compiles this model's version 1 with the processor, migrates a fresh database of {@code kind}
   * with it, and asserts Hibernate's schema there.
   */
  void assertFirstVersionParity(Path snapshots, Path classes, DatabaseKind kind) throws Exception {
    try (TestDatabase strata = TestDatabases.open(kind)) {
      migrate(1, snapshots, classes, strata);
    }
  }

  /**
   * Hibernate validates the schema Strata migrated into {@code strata} and finds it equal to the
   * one its own export creates for this model's entities, loaded by {@code loader}.
   */
  void assertHibernatesSchema(ClassLoader loader, TestDatabase strata) throws Exception {
    HibernateParity.assertHibernatesSchema(
        new HibernateOracle(entities(loader), loader, spring), strata);
  }

  /**
   * Compiles version {@code version} of this model against the snapshots in {@code snapshots},
   * applies its migrations to {@code database}, and has Hibernate validate the schema and compare
   * it with its own export.
   */
  void migrate(int version, Path snapshots, Path classes, TestDatabase database) throws Exception {
    Path output = Files.createDirectories(classes.resolve("v" + version));
    try (URLClassLoader loader = load(version, snapshots, output)) {
      Strata.configure(database.dataSource()).classLoader(loader).load().upgrade();
      assertHibernatesSchema(loader, database);
    }
  }

  /** What a test does to the database at one version of an evolution: writes rows, reads them. */
  @FunctionalInterface
  interface AtVersion {
    void on(TestDatabase database) throws Exception;
  }

  /**
   * Evolves a fresh database of {@code kind} through this model's versions 1 and 2 and back: it
   * migrates to version 1 and runs {@code first} (which writes the rows), to version 2 and runs
   * {@code second}, then downgrades to version 1 and runs {@code downgraded}; at each of the three
   * Hibernate validates the schema and finds it equal to its own export of that version.
   */
  void assertEvolution(
      DatabaseKind kind,
      Path snapshots,
      Path classes,
      Path laterClasses,
      AtVersion first,
      AtVersion second,
      AtVersion downgraded)
      throws Exception {
    try (URLClassLoader version1 = load(1, snapshots, classes);
        TestDatabase database = TestDatabases.open(kind)) {
      Strata.configure(database.dataSource()).classLoader(version1).load().upgrade();
      assertHibernatesSchema(version1, database);
      first.on(database);
      try (URLClassLoader version2 = load(2, snapshots, laterClasses)) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(version2).load();
        strata.upgrade();
        assertHibernatesSchema(version2, database);
        second.on(database);
        strata.downgrade(1);
        assertHibernatesSchema(version1, database);
        downgraded.on(database);
      }
    }
  }

  /**
   * Migrates a fresh database of {@code kind} with this model's version 1 and asserts Hibernate's
   * schema there, as {@link #assertFirstVersionParity} does; then Hibernate persists a new {@code
   * entity}, made by its no-argument constructor, and reads each field of {@code expected} back as
   * that value.
   */
  void assertFirstVersionRoundTrip(
      Path snapshots, Path classes, DatabaseKind kind, String entity, Map<String, Object> expected)
      throws Exception {
    try (TestDatabase database = TestDatabases.open(kind);
        URLClassLoader loader = load(1, snapshots, classes)) {
      Strata.configure(database.dataSource()).classLoader(loader).load().upgrade();
      assertHibernatesSchema(loader, database);
      Class<?> type = loader.loadClass(packageName + "." + entity);
      HibernateOracle hibernate = new HibernateOracle(entities(loader), loader, spring);
      Object id = hibernate.persistNew(database.dataSource(), type);
      for (Map.Entry<String, Object> field : expected.entrySet()) {
        assertEquals(
            field.getValue(),
            hibernate.fieldOf(database.dataSource(), type, id, field.getKey()),
            field.getKey() + " read back on " + database);
      }
    }
  }

  /**
   * Compiles version {@code version} of this model into {@code classes}, against the snapshots the
   * versions before it recorded in {@code snapshots}, and loads its classes and migrations.
   */
  URLClassLoader load(int version, Path snapshots, Path classes) throws IOException {
    CompiledHistory history = new CompiledHistory(snapshots, classes, options());
    history.compileVersion(folder, version, sources());
    return history.load();
  }

  List<Class<?>> entities(ClassLoader loader) throws ClassNotFoundException {
    List<Class<?>> entities = new ArrayList<>();
    for (String name : entityNames) {
      entities.add(loader.loadClass(packageName + "." + name));
    }
    return entities;
  }
}
