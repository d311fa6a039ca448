package dev.strata.processor;

import dev.strata.processor.model.SqlIdentifiers;
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

  List<Class<?>> entities(ClassLoader loader) throws ClassNotFoundException {
    List<Class<?>> entities = new ArrayList<>();
    for (String name : entityNames) {
      entities.add(loader.loadClass(packageName + "." + name));
    }
    return entities;
  }
}
