package dev.strata.runtime.internal.dialect;

import dev.strata.runtime.DatabaseKind;

/** Chooses the {@link Dialect} of a database from the product name its JDBC driver reports. */
public final class Dialects {

  private Dialects() {}

  /**
   * The dialect of the database whose {@link java.sql.DatabaseMetaData#getDatabaseProductName()} is
   * {@code product}; the generic dialect for a database without one of its own, or a driver that
   * reports no name.
   */
  public static Dialect forProduct(String product) {
    return forProduct(product, null);
  }

  /**
   * Whether the dialect of {@code product} depends on the database's URL as well ({@link
   * #forProduct(String, String)}): only H2's, so that the other drivers need not be asked for it.
   */
  public static boolean dependsOnUrl(String product) {
    return "H2".equals(product);
  }

  /**
   * The dialect of the database whose product name is {@code product}, reached at {@code url}: an
   * H2 database held in memory, in this process or behind an H2 server, has no file to write
   * commits to, so its commits need no {@link Dialect#makeDurable()} (a statement per migration).
   */
  public static Dialect forProduct(String product, String url) {
    if (product == null) {
      return new GenericDialect("unknown database");
    }
    switch (product) {
      case "H2":
        return new H2Dialect(h2InMemory(url));
      case "PostgreSQL":
        return new PostgresDialect();
      case "MySQL":
      case "MariaDB":
        return new MySqlDialect(product);
      default:
        return new GenericDialect(product);
    }
  }

  /**
   * Whether an H2 URL names a database held in memory, read as H2 reads it: after {@code jdbc:h2:},
   * and after {@code tcp:} or {@code ssl:} and the server's {@code //host:port/}, a name that
   * begins with {@code mem:}, before the first {@code ;} and its settings. A server's database in
   * memory is {@code jdbc:h2:tcp://host/mem:name}, which has no {@code :mem:} to search for, and a
   * file's path or a setting may hold one.
   */
  static boolean h2InMemory(String url) {
    if (url == null || !url.startsWith("jdbc:h2:")) {
      return false;
    }
    String name = url.substring("jdbc:h2:".length());
    int settings = name.indexOf(';');
    if (settings >= 0) {
      name = name.substring(0, settings);
    }
    if (name.startsWith("tcp://") || name.startsWith("ssl://")) {
      int database = name.indexOf('/', "tcp://".length());
      name = database < 0 ? "" : name.substring(database + 1);
    }
    return name.startsWith("mem:");
  }

  /** The dialect for rendering SQL without a database. */
  public static Dialect of(DatabaseKind kind) {
    switch (kind) {
      case H2:
        return new H2Dialect();
      case POSTGRESQL:
        return new PostgresDialect();
      case MYSQL:
        return new MySqlDialect("MySQL/MariaDB");
      default:
        return new GenericDialect("SQL");
    }
  }
}
