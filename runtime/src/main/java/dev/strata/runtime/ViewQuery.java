package dev.strata.runtime;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A view's query with what may differ per database: the queries that replace it on particular
 * databases, and the view's options, each rendered where the database has it. Generated migrations
 * pass one to {@link Operations#createView(String, ViewQuery)} for a view that declares dialects or
 * options in {@code @View}.
 *
 * <pre>{@code
 * ops.createView("tag_lists",
 *     ViewQuery.of("SELECT post_id, LISTAGG(tag, ',') AS tags FROM tags GROUP BY post_id")
 *         .on("postgresql", "SELECT post_id, string_agg(tag, ',') AS tags FROM tags GROUP BY post_id")
 *         .with(ViewQuery.Security.INVOKER));
 * }</pre>
 *
 * @param sql the portable query, which runs where no dialect replaces it
 * @param dialects the queries by database: {@code h2}, {@code postgresql}, {@code mysql} or {@code
 *     mariadb} (where the {@code mysql} one runs when there is no {@code mariadb} one)
 * @param checkOption {@code WITH LOCAL|CASCADED CHECK OPTION} (PostgreSQL, MySQL, MariaDB)
 * @param security {@code SQL SECURITY} on MySQL and MariaDB; {@code INVOKER} is PostgreSQL's {@code
 *     security_invoker} (15+)
 * @param securityBarrier PostgreSQL's {@code security_barrier}
 * @param algorithm MySQL's and MariaDB's {@code ALGORITHM}
 */
public record ViewQuery(
    String sql,
    Map<String, String> dialects,
    CheckOption checkOption,
    Security security,
    boolean securityBarrier,
    Algorithm algorithm) {

  /** The databases a dialect may name. */
  public static final List<String> DATABASES = List.of("h2", "mariadb", "mysql", "postgresql");

  /** {@code WITH ... CHECK OPTION}. */
  public enum CheckOption {
    NONE,
    LOCAL,
    CASCADED
  }

  /** Whose privileges the query runs with; {@code DEFAULT} says nothing. */
  public enum Security {
    DEFAULT,
    INVOKER,
    DEFINER
  }

  /** MySQL's and MariaDB's {@code ALGORITHM}; {@code UNDEFINED} says nothing. */
  public enum Algorithm {
    UNDEFINED,
    MERGE,
    TEMPTABLE
  }

  /**
   * @throws IllegalArgumentException if a query is blank or a dialect names an unknown database
   */
  public ViewQuery {
    requireQuery(sql, "The view's query");
    Map<String, String> sorted = new TreeMap<>();
    dialects.forEach(
        (database, query) -> {
          if (!DATABASES.contains(database)) {
            throw new IllegalArgumentException(
                "Unknown database of a view dialect: " + database + "; use one of " + DATABASES);
          }
          sorted.put(database, requireQuery(query, "The " + database + " query"));
        });
    dialects = Collections.unmodifiableMap(sorted);
    Objects.requireNonNull(checkOption, "checkOption");
    Objects.requireNonNull(security, "security");
    Objects.requireNonNull(algorithm, "algorithm");
  }

  /** The same query on every database, without options. */
  public static ViewQuery of(String sql) {
    return new ViewQuery(
        sql, Map.of(), CheckOption.NONE, Security.DEFAULT, false, Algorithm.UNDEFINED);
  }

  /** This query with {@code sql} running instead on {@code database}. */
  public ViewQuery on(String database, String sql) {
    Map<String, String> more = new TreeMap<>(dialects);
    more.put(database, sql);
    return new ViewQuery(this.sql, more, checkOption, security, securityBarrier, algorithm);
  }

  public ViewQuery with(CheckOption option) {
    return new ViewQuery(sql, dialects, option, security, securityBarrier, algorithm);
  }

  public ViewQuery with(Security option) {
    return new ViewQuery(sql, dialects, checkOption, option, securityBarrier, algorithm);
  }

  public ViewQuery with(Algorithm option) {
    return new ViewQuery(sql, dialects, checkOption, security, securityBarrier, option);
  }

  public ViewQuery withSecurityBarrier() {
    return new ViewQuery(sql, dialects, checkOption, security, true, algorithm);
  }

  /**
   * The query that runs on a database known by {@code names}, most specific first ({@code mariadb},
   * {@code mysql}): the first of them that has a dialect, else the portable query.
   */
  public String sqlFor(List<String> names) {
    // a loop: every view a migration writes asks, in each run and recording of it
    for (String name : names) {
      String query = dialects.get(name);
      if (query != null) {
        return query;
      }
    }
    return sql;
  }

  private static String requireQuery(String query, String what) {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException(what + " is empty");
    }
    return query;
  }
}
