package dev.strata.processor;

import dev.strata.processor.model.SqlIdentifiers;
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

  /** The same model with more entities, which a later version adds. */
  ParityModel with(String... added) {
    List<String> all = new ArrayList<>(entityNames);
    all.addAll(List.of(added));
    return new ParityModel(folder, packageName, superclasses, all, spring);
  }

  /** The same model, named as Spring Boot names. */
  ParityModel withSpringNaming() {
    return new ParityModel(folder, packageName, superclasses, entityNames, true);
  }

  /** A table's or column's name as this model's naming writes it. */
  String name(String logical) {
    return spring ? SqlIdentifiers.snakeCase(logical) : logical;
  }

  List<String> sources() {
    List<String> all = new ArrayList<>(superclasses);
    all.addAll(entityNames);
    return all;
  }

  String[] options() {
    return spring
        ? new String[] {"-Astrata.tables=true", "-Astrata.naming=snake_case"}
        : new String[] {"-Astrata.tables=true"};
  }

  /**
   * Compiles this model's version 1 with the processor, migrates a fresh database of {@code kind}
   * with it, and asserts Hibernate's schema there.
   */
  void assertFirstVersionParity(Path snapshots, Path classes, DatabaseKind kind) throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, options());
    history.compileVersion(folder, 1, sources());
    try (URLClassLoader loader = history.load();
        TestDatabase strata = TestDatabases.open(kind)) {
      Strata.configure(strata.dataSource()).classLoader(loader).load().upgrade();
      assertHibernatesSchema(loader, strata);
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

  List<Class<?>> entities(ClassLoader loader) throws ClassNotFoundException {
    List<Class<?>> entities = new ArrayList<>();
    for (String name : entityNames) {
      entities.add(loader.loadClass(packageName + "." + name));
    }
    return entities;
  }
}
