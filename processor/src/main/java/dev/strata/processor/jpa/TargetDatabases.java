package dev.strata.processor.jpa;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The databases a module's tables are checked for: those of {@code -Astrata.dialect} and {@code
 * -Astrata.targets}, or H2, the default, when they name none.
 */
public final class TargetDatabases {

  private static final Map<String, String> NAMES =
      Map.of("h2", "H2", "postgresql", "PostgreSQL", "mysql", "MySQL", "mariadb", "MariaDB");

  private TargetDatabases() {}

  /** The databases, by their option names ({@code postgresql}), in a stable order. */
  static Set<String> of(Set<String> targets) {
    return targets.isEmpty() ? Set.of("h2") : new TreeSet<>(targets);
  }

  /**
   * Whether MySQL or MariaDB is among the databases, whose DDL refuses what the others take (a
   * check on an {@code AUTO_INCREMENT} column, a comment over their length limit).
   */
  static boolean includesMySql(Set<String> targets) {
    Set<String> databases = of(targets);
    return databases.contains("mysql") || databases.contains("mariadb");
  }

  /** How a message names the database ({@code PostgreSQL}). */
  public static String displayName(String database) {
    return NAMES.get(database);
  }
}
