package dev.strata.processor.jpa;

import dev.strata.processor.model.SqlIdentifiers;

/**
 * The names Hibernate gives tables and columns that JPA annotations do not name: as written by
 * default ({@code jpa}, Hibernate's own default), or in snake_case ({@code snake_case}, Spring
 * Boot's default), as {@code -Astrata.naming} says.
 */
public enum JpaNaming {
  JPA,
  SNAKE_CASE;

  /** The naming an option's value names ({@code jpa}, {@code snake_case}), or null for another. */
  public static JpaNaming named(String value) {
    return switch (value) {
      case "jpa" -> JPA;
      case "snake_case" -> SNAKE_CASE;
      default -> null;
    };
  }

  /**
   * The name of a join table no {@code @JoinTable} names: JPA's owning and other table joined by an
   * underscore ({@code Vet_Specialty}), or Spring Boot's owning table and attribute ({@code
   * vet_specialties}).
   */
  String joinTable(String owningTable, String otherTable, String attribute) {
    return physical(owningTable + "_" + (this == SNAKE_CASE ? attribute : otherTable));
  }

  /** The physical name of an implicit name such as {@code Customer} or {@code customer_id}. */
  String physical(String implicitName) {
    return this == SNAKE_CASE ? SqlIdentifiers.snakeCase(implicitName) : implicitName;
  }
}
