package dev.strata.runtime.internal.catalog;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.StrataException;
import dev.strata.runtime.internal.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Refuses a session without a schema to work in, and a PostgreSQL session whose first schema the
 * user may not use. PostgreSQL leaves such a schema out of the search path without a word, so that
 * unqualified names resolve in the next one: Strata would read, or create, another schema's history
 * table and report that as the problem.
 */
public final class SchemaAccess {

  // the first schema of the search path that exists, and whether the user may use it: each entry
  // read as PostgreSQL reads it, an unquoted name folded to lower case (a JDBC URL's
  // currentSchema=Shop is schema shop), "$user" the user's own schema, an empty path none
  private static final String FIRST_SCHEMA =
      "SELECT n.nspname, has_schema_privilege(n.oid, 'USAGE')"
          + " FROM unnest(string_to_array(current_setting('search_path'), ','))"
          + " WITH ORDINALITY AS p(entry, position)"
          + " JOIN pg_namespace n ON n.nspname = CASE"
          + " WHEN trim(p.entry) IN ('', '\"\"') THEN NULL"
          + " WHEN trim(p.entry) IN ('\"$user\"', '$user') THEN current_user::text"
          + " ELSE (parse_ident(trim(p.entry)))[1] END"
          + " ORDER BY p.position LIMIT 1";

  private static final String NO_DATABASE =
      "The session has no schema to work in: the JDBC URL names no database, and Strata creates"
          + " its views and history table in the session's. Name it after the host, as in"
          + " jdbc:mariadb://db:3306/shop.";

  private static final String NO_SCHEMA =
      "The session has no schema to work in: no schema of its search_path (the currentSchema of"
          + " the JDBC URL, or the user's default) exists, and Strata creates its views and history"
          + " table in the first one. Create the schema, or connect with a currentSchema that"
          + " exists.";

  private SchemaAccess() {}

  /**
   * A column expression that is false where {@link #check} would fail, so that a query which reads
   * the history table can carry the check without a round trip of its own; null on databases that
   * need no check.
   */
  public static String usableColumn(Dialect dialect) {
    if (dialect.kind() != DatabaseKind.POSTGRESQL) {
      return null;
    }
    // no row (an empty search path) is fine, as check() finds it
    return "COALESCE((SELECT usable FROM (" + FIRST_SCHEMA + ") AS f(name, usable)), TRUE)";
  }

  /**
   * Fails, saying what to do, if the session has no schema to create views in (a MySQL or MariaDB
   * URL naming no database, a PostgreSQL search path naming no schema that exists), or if the user
   * lacks USAGE on the session's first schema (PostgreSQL).
   */
  public static void check(Connection connection, Dialect dialect, String user)
      throws SQLException {
    if (dialect.kind() == DatabaseKind.MYSQL) {
      if (connection.getCatalog() == null) {
        throw new StrataException(NO_DATABASE);
      }
      return;
    }
    if (dialect.kind() != DatabaseKind.POSTGRESQL) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(FIRST_SCHEMA);
        ResultSet row = statement.executeQuery()) {
      if (!row.next()) {
        throw new StrataException(NO_SCHEMA);
      }
      if (!row.getBoolean(2)) {
        throw new StrataException(noUsage(user, row.getString(1)));
      }
    }
  }

  private static String noUsage(String user, String schema) {
    return "The database user "
        + user
        + " has no USAGE privilege on schema "
        + schema
        + ", the first of its search_path (the currentSchema of the JDBC URL, or the user's"
        + " default): PostgreSQL skips that schema silently, so Strata would read and write"
        + " another schema's history table. Grant it (GRANT USAGE, CREATE ON SCHEMA "
        + schema
        + " TO "
        + user
        + "), or connect with a currentSchema that the user may use.";
  }
}
