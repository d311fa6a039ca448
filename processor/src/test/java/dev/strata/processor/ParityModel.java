package dev.strata.processor;

import java.util.ArrayList;
import java.util.List;

/**
 * A model of entities under {@code src/test/resources/<folder>/vN/} for the parity tests of keys
 * and generators.
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
