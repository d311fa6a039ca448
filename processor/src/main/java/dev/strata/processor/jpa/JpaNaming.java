package dev.strata.processor.jpa;

import java.util.Locale;

/**
 * The names Hibernate gives tables, columns and sequences: as written and as JPA makes implicit
 * ones ({@code jpa}, Hibernate's own default), as Spring Boot's naming strategies make them ({@code
 * snake_case}), or as Spring Boot's implicit strategy makes them and written as they are ({@code
 * spring_standard}, under Spring Boot's {@code physical-strategy} set to Hibernate's {@code
 * PhysicalNamingStrategyStandardImpl}), as {@code -Astrata.naming} says.
 */
public enum JpaNaming {
  JPA,
  SNAKE_CASE,
  SPRING_STANDARD;

  /**
   * The naming an option's value names ({@code jpa}, {@code snake_case}, {@code spring_standard}),
   * or null for another.
   */
  public static JpaNaming named(String value) {
    return switch (value) {
      case "jpa" -> JPA;
      case "snake_case" -> SNAKE_CASE;
      case "spring_standard" -> SPRING_STANDARD;
      default -> null;
    };
  }

  /**
   * The name of a join table no {@code @JoinTable} names: JPA's owning and other table joined by an
   * underscore ({@code Vet_Specialty}), or Spring Boot's owning table and attribute ({@code
   * vet_specialties}).
   */
  String joinTable(String owningTable, String otherTable, String attribute) {
    return physical(owningTable + "_" + (this == JPA ? otherTable : attribute));
  }

  /** The physical name of the name an annotation gives, else of the implicit one. */
  String physical(String given, String implicitName) {
    return physical(given.isEmpty() ? implicitName : given);
  }

  /**
   * The physical name of a logical one, given or implicit ({@code firstName}, {@code Customer},
   * {@code items_ORDER}): as it is, or as Spring Boot's physical naming strategy (Hibernate's
   * {@code PhysicalNamingStrategySnakeCaseImpl}) rewrites every name, explicit ones included.
   */
  public String physical(String logicalName) {
    return this == SNAKE_CASE ? snakeCase(logicalName) : logicalName;
  }

  /**
   * Hibernate's rule, character for character: an underscore goes before an upper-case letter
   * between a lower-case letter or digit and another (so {@code firstName} is {@code first_name}
   * but {@code HTTPLog} is {@code httplog}), then all is lower case. A name with a dot is kept as
   * written: Hibernate quotes it, and the strategy leaves quoted names alone.
   */
  private static String snakeCase(String name) {
    if (name.indexOf('.') >= 0) {
      return name;
    }
    StringBuilder builder = new StringBuilder(name);
    for (int i = 1; i < builder.length() - 1; i++) {
      if (underscoreBefore(builder.charAt(i - 1), builder.charAt(i), builder.charAt(i + 1))) {
        builder.insert(i++, '_');
      }
    }
    return builder.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean underscoreBefore(char before, char current, char after) {
    return (Character.isLowerCase(before) || Character.isDigit(before))
        && Character.isUpperCase(current)
        && (Character.isLowerCase(after) || Character.isDigit(after));
  }
}
