package dev.strata.processor.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A view's query on one database, from {@code @View.Dialect}: it replaces the portable query there.
 *
 * @param database {@code h2}, {@code postgresql}, {@code mysql} or {@code mariadb}
 * @param sql the query, exactly as written
 * @param hash the SHA-256 of its canonical form
 * @param columns its canonical select items, if known
 */
public record DialectQuery(
    String database, String sql, String hash, Optional<List<String>> columns) {

  /** The databases a dialect may name, as {@code -Astrata.dialect} names them. */
  public static final List<String> DATABASES = List.of("h2", "mariadb", "mysql", "postgresql");

  /**
   * The dialects whose query {@code database} runs, the first one a view has: its own; on MariaDB,
   * else MySQL's, as the runtime picks them.
   */
  public static List<String> runBy(String database) {
    return database.equals("mariadb") ? List.of("mariadb", "mysql") : List.of(database);
  }

  public DialectQuery {
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(hash, "hash");
    if (!DATABASES.contains(database)) {
      throw new IllegalArgumentException(
          "Not a database of a dialect: " + database + " (" + String.join(", ", DATABASES) + ")");
    }
    if (sql.isBlank()) {
      throw new IllegalArgumentException("The " + database + " query is empty");
    }
    columns = columns.map(List::copyOf);
  }
}
