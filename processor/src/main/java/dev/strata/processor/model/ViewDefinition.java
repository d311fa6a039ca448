package dev.strata.processor.model;

import java.util.Objects;

/**
 * One database view as the schema model knows it: its name, the query as the user wrote it, and the
 * class that declares it.
 *
 * @param name the view's name in the database, a valid SQL identifier
 * @param sql the defining query, exactly as written in {@code @View(sql = ...)}
 * @param declaredBy the qualified name of the class carrying the {@code @View} annotation
 */
public record ViewDefinition(String name, String sql, String declaredBy) {

  public ViewDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(declaredBy, "declaredBy");
    if (!SqlIdentifiers.isValid(name)) {
      throw new IllegalArgumentException("Not a valid view name: " + name);
    }
    if (sql.isBlank()) {
      throw new IllegalArgumentException("View " + name + " has no SQL");
    }
  }

  /** Whether the database would see the same view: same name and same query. */
  public boolean sameDefinitionAs(ViewDefinition other) {
    return name.equals(other.name) && sql.strip().equals(other.sql.strip());
  }
}
